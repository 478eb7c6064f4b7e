/**
 * The plain text of a rendered infobox value: tags dropped (a line break becomes a newline),
 * character references decoded, runs of spaces collapsed.
 */
import { decodeCharReferences } from '../../sanitize/char-references.ts';

export function plainText(html: string): string {
  const text = html
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<(style|script)\b[^]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '');
  return decodeCharReferences(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
