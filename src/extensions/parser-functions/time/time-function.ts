/**
 * The heart of {{#time:}} and {{#timel:}} (ParserFunctions' timeCommon): parse the date
 * (UTC unless the string names a zone), move it to the output zone, check MediaWiki's
 * limits, and format it with sprintfDate.
 */
import { parseDate } from './date-parser.ts';
import { sprintfDate } from './sprintf-date.ts';
import type { Zone } from './time-zone.ts';
import { zoneOffset } from './time-zone.ts';

/** MediaWiki's limit on the total length of #time formats in one parse (~10 seconds). */
export const MAX_TIME_CHARS = 6000;

export const timeErrors = {
  invalid: 'Error: Invalid time.',
  tooLong: 'Error: Too many #time calls.',
  tooBig: 'Error: #time only supports years up to 9999.',
  tooSmall: 'Error: #time only supports years from 0.',
};

export interface TimeOptions {
  /** The parser clock. */
  now: Date;
  /** The output zone: UTC, or the wiki's local zone for #timel / the 4th argument. */
  zone: Zone;
  /** Format characters used so far in this parse; updated. */
  charCount: { used: number };
}

const error = (text: string): string => `<strong class="error">${text}</strong>`;

export function formatTime(format: string, date: string, language: string, opts: TimeOptions): string {
  let text = date;
  if (text === '') text = opts.now.toISOString().replace(/\.\d+Z$/, 'Z');
  else if (/^[0-9]{4}$/.test(text)) text = `00:00 ${text}`;
  const parsed = parseDate(text, opts.now);
  if (!parsed || !Number.isFinite(parsed.utcMs)) return error(timeErrors.invalid);
  opts.charCount.used += new TextEncoder().encode(format).length;
  if (opts.charCount.used > MAX_TIME_CHARS) return error(timeErrors.tooLong);
  const wall = new Date(parsed.utcMs + zoneOffset(opts.zone, parsed.utcMs) * 1000);
  const year = wall.getUTCFullYear();
  if (year < 0) return error(timeErrors.tooSmall);
  if (year > 9999) return error(timeErrors.tooBig);
  const lang = language !== '' && /^[a-z0-9-]{2,}$/i.test(language) ? language : 'en';
  return sprintfDate(format, { wall, utcMs: parsed.utcMs, zone: opts.zone }, lang);
}
