/**
 * ParserFunctions' string functions ($wgPFEnableStringFunctions): #len, #pos, #rpos, #sub,
 * #count, #replace, #explode, #urldecode. Strings are counted in code points (PHP's mb_*),
 * strip markers are removed first, and inputs must stay under $wgPFStringLengthLimit.
 */
import { escapeMessage, isNumericString } from './php-string.ts';
import { phpIntval } from './title-functions.ts';

/** $wgPFStringLengthLimit */
export const STRING_LENGTH_LIMIT = 1000;

const STRIP_MARKER = /\x7f'"`UNIQ-.*?-QINU`"'\x7f/g;

/** Parser::killMarkers: strip markers vanish with what they protect. */
export function killMarkers(text: string): string {
  return text.includes('\x7f') ? text.replace(STRIP_MARKER, '') : text;
}

const chars = (s: string): string[] => Array.from(s);
const checkLength = (s: string): boolean => chars(s).length < STRING_LENGTH_LIMIT;

export function tooLongError(): string {
  const limit = STRING_LENGTH_LIMIT.toLocaleString('en-US');
  return `<strong class="error">${escapeMessage(`Error: String exceeds ${limit} character limit.`)}</strong>`;
}

/** Code-point index of `needle` in `hay` at or after code-point `from`, or -1. */
function cpIndexOf(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function len(str: string): string {
  return String(chars(killMarkers(str)).length);
}

export function pos(strIn: string, needleIn: string, offsetIn: string): string {
  const str = killMarkers(strIn);
  let needle = killMarkers(needleIn);
  if (!checkLength(str) || !checkLength(needle)) return tooLongError();
  if (needle === '') needle = ' ';
  const hay = chars(str);
  let offset = Math.min(phpIntval(offsetIn), hay.length);
  if (offset < 0) {
    if (-offset > hay.length) return '';
    offset += hay.length;
  }
  const i = cpIndexOf(hay, chars(needle), offset);
  return i < 0 ? '' : String(i);
}

export function rpos(strIn: string, needleIn: string): string {
  const str = killMarkers(strIn);
  let needle = killMarkers(needleIn);
  if (!checkLength(str) || !checkLength(needle)) return tooLongError();
  if (needle === '') needle = ' ';
  const hay = chars(str);
  const n = chars(needle);
  for (let i = hay.length - n.length; i >= 0; i--) {
    if (cpIndexOf(hay, n, i) === i) return String(i);
  }
  return '-1';
}

/** PHP's mb_substr(). */
function mbSubstr(s: string[], startIn: number, lengthIn: number | null): string {
  let start = startIn < 0 ? Math.max(0, s.length + startIn) : Math.min(startIn, s.length);
  let end = lengthIn === null ? s.length : lengthIn < 0 ? s.length + lengthIn : start + lengthIn;
  end = Math.min(end, s.length);
  if (end <= start) return '';
  return s.slice(start, end).join('');
}

export function sub(strIn: string, startIn: string, lengthIn: string): string {
  const str = killMarkers(strIn);
  if (!checkLength(str)) return tooLongError();
  const length = phpIntval(lengthIn);
  return mbSubstr(chars(str), phpIntval(startIn), length === 0 ? null : length);
}

export function count(strIn: string, subIn: string): string {
  const str = killMarkers(strIn);
  let needle = killMarkers(subIn);
  if (!checkLength(str) || !checkLength(needle)) return tooLongError();
  if (needle === '') needle = ' ';
  return String(str.split(needle).length - 1);
}

export function replace(strIn: string, fromIn: string, toIn: string, limitIn: string | undefined): string {
  const str = killMarkers(strIn);
  let from = killMarkers(fromIn);
  const to = killMarkers(toIn);
  if (!checkLength(str) || !checkLength(from) || !checkLength(to)) return tooLongError();
  if (from === '') from = ' ';
  // Precompute a limit that keeps the result from growing past the length limit.
  const diff = chars(to).length - chars(from).length;
  let limit = diff > 0 ? Math.trunc((STRING_LENGTH_LIMIT - chars(str).length) / diff) + 1 : -1;
  const asked = limitIn === undefined ? -1 : phpIntval(limitIn);
  if (asked >= 0 && (limit > asked || limit === -1)) limit = asked;
  const pieces = str.split(from);
  let result = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    result += (limit < 0 || i <= limit ? to : from) + pieces[i];
  }
  if (!checkLength(result)) return tooLongError();
  return result;
}

/** PHP 8's `$string >= 0` and `$string < 0`. */
function compareWithZero(s: string): number {
  if (isNumericString(s)) return Math.sign(Number(s.trim()));
  return s < '0' ? -1 : s > '0' ? 1 : 0;
}

export function explode(strIn: string, divIn: string, posIn: string | undefined, limitIn: string | undefined): string {
  const str = killMarkers(strIn);
  let div = killMarkers(divIn);
  if (div === '') div = ' ';
  if (!checkLength(str) || !checkLength(div)) return tooLongError();
  const limit = limitIn === undefined ? 0 : phpIntval(limitIn);
  let pieces = str.split(div);
  // preg_split: 0 and -1 mean no limit; any other value below 2 means no split at all.
  if (limit !== 0 && limit !== -1 && pieces.length > Math.max(limit, 1)) {
    const keep = Math.max(limit, 1) - 1;
    pieces = [...pieces.slice(0, keep), pieces.slice(keep).join(div)];
  }
  const position = posIn ?? '0';
  const c = compareWithZero(position);
  let index: number | null = null;
  if (c >= 0) {
    // Array keys: only canonical integer strings name an index.
    if (/^(?:0|-?[1-9]\d*)$/.test(position)) index = Number(position);
  } else {
    index = pieces.length + phpIntval(position);
  }
  return index !== null && index >= 0 && index < pieces.length ? pieces[index] : '';
}

/** PHP's urldecode(): '+' is a space, %XX a byte; the bytes are read as UTF-8. */
export function urldecode(strIn: string): string {
  const str = killMarkers(strIn);
  if (!checkLength(str)) return tooLongError();
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '+') bytes.push(0x20);
    else if (c === '%' && /^[0-9a-fA-F]{2}$/.test(str.slice(i + 1, i + 3))) {
      bytes.push(parseInt(str.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const cp = str.codePointAt(i)!;
      if (cp > 0xffff) i++;
      bytes.push(...encoder.encode(String.fromCodePoint(cp)));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
