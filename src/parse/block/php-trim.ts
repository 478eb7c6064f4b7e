/**
 * Whitespace trimming as MediaWiki's PHP does it: only " \t\n\r\0\x0B", never Unicode
 * spaces (a leading no-break space is content to MediaWiki).
 */
const edges = /^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g;

export function phpTrim(s: string): string {
  return s.replace(edges, '');
}

export function phpRtrim(s: string): string {
  return s.replace(/[ \t\n\r\0\x0B]+$/, '');
}
