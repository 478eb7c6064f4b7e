/**
 * {{formatnum:}}, {{padleft:}}, {{padright:}}, {{plural:}} (MediaWiki's CoreParserFunctions
 * with English number rules).
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { ParserFunctionDefinition } from '../extension.ts';
import { plain } from './plain-function.ts';
import { outsideMarkers } from './case-functions.ts';

/** English digit grouping of every number in the text (Language::formatNum). */
export function formatNum(text: string): string {
  return text.replace(/-?\d+(?:\.\d+)?/g, (num) => {
    const [int, frac] = num.split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return sign + grouped + (frac !== undefined ? `.${frac}` : '');
  });
}

/** Language::parseFormattedNumber for English: separators removed. */
export function parseFormattedNumber(text: string): string {
  return text.replace(/,/g, '');
}

function formatnum(ctx: ParseContext, num: string, arg: string): string {
  const mode = arg.toUpperCase();
  if (mode === 'R') return parseFormattedNumber(num);
  if (!/^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(num)) ctx.addTrackingCategory('nonnumeric-formatnum');
  if (mode === 'NOSEP') return num;
  return outsideMarkers(num, formatNum);
}

/** PHP's (int) cast of a string: leading integer, else 0. */
export function phpIntval(s: string): number {
  const m = /^\s*([-+]?\d+)/.exec(s);
  return m ? parseInt(m[1], 10) : 0;
}

function pad(ctx: ParseContext, text: string, lengthArg: string, paddingArg: string | undefined, left: boolean): string {
  const padding = [...ctx.stripState.killMarkers(paddingArg ?? '0')];
  if (padding.length === 0) return text;
  let remaining = Math.min(phpIntval(lengthArg ?? ''), 500) - [...text].length;
  if (remaining <= 0) return text;
  let finalPadding = '';
  while (remaining > 0) {
    finalPadding += padding.slice(0, remaining).join('');
    remaining -= padding.length;
  }
  return left ? finalPadding + text : text + finalPadding;
}

/** English plural: explicit "n=form" first, then one/other. */
export function convertPlural(count: string, forms: string[]): string {
  const number = Number(parseFormattedNumber(count));
  const plainForms: string[] = [];
  for (const form of forms) {
    const m = /^(\d+)=([\s\S]*)$/.exec(form);
    if (m) {
      if (Number(m[1]) === number) return m[2];
    } else plainForms.push(form);
  }
  if (plainForms.length === 0) return '';
  const index = number === 1 ? 0 : 1;
  return plainForms[Math.min(index, plainForms.length - 1)];
}

export const formatFunctions: Record<string, ParserFunctionDefinition> = {
  formatnum: plain((ctx, [num, arg]) => formatnum(ctx, num, arg ?? '')),
  padleft: plain((ctx, [text, length, padding]) => pad(ctx, text, length, padding, true)),
  padright: plain((ctx, [text, length, padding]) => pad(ctx, text, length, padding, false)),
  plural: plain((_ctx, [count, ...forms]) => convertPlural(count, forms)),
};
