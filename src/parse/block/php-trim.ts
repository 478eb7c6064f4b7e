/**
 * Whitespace trimming as MediaWiki's PHP does it: only " \t\n\r\0\x0B", never Unicode
 * spaces (a leading no-break space is content to MediaWiki). A scan from each end, not a
 * regex: it runs on whole pages.
 */
function isPhpSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x00 || c === 0x0b;
}

export function phpTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPhpSpace(s.charCodeAt(start))) start++;
  while (end > start && isPhpSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export function phpRtrim(s: string): string {
  let end = s.length;
  while (end > 0 && isPhpSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
