/** {{#time: format | date | language | local}} and {{#timel:}} (the wiki's local zone). */
import type { ParserFunctionHook } from '../../extension.ts';
import type { ParseContext } from '../../../parse/parse-context.ts';
import { expandArg } from '../conditionals.ts';
import { formatTime } from './time-function.ts';
import type { Zone } from './time-zone.ts';

const UTC: Zone = { name: 'UTC' };

function localZone(ctx: ParseContext): Zone {
  const name = (ctx.config as { wgLocaltimezone?: string }).wgLocaltimezone;
  return name ? { name } : UTC;
}

function run(ctx: ParseContext, format: string, date: string, language: string, local: boolean): string {
  const charCount = ctx.getState('parser-functions:time-chars', () => ({ used: 0 }));
  if (date === '') ctx.output.volatile = true;
  return formatTime(format, date, language, { now: ctx.now, zone: local ? localZone(ctx) : UTC, charCount });
}

export const timeHook: ParserFunctionHook = (ctx, frame, first, args) =>
  run(ctx, first, expandArg(frame, args[0]), expandArg(frame, args[1]), expandArg(frame, args[2]) !== '');

export const timelHook: ParserFunctionHook = (ctx, frame, first, args) =>
  run(ctx, first, expandArg(frame, args[0]), expandArg(frame, args[1]), true);
