/**
 * How infobox nodes turn wikitext (argument values, <default>, <format>, labels) into HTML.
 * The nodes only see this interface; infobox-tag.ts gives them one backed by the parser
 * and the template frame, tests give them a plain one.
 */
import type { FileInfo } from '../../core/data-access.ts';

export interface InfoboxValueParser {
  /** Parses a value to inline HTML: no newlines, no leftover {{{...}}} placeholders. */
  parseRecursive(wikitext: string): string;
  /** Expands templates and arguments only (for file names). */
  replaceVariables(wikitext: string): string;
  /** The file a media value names, when it exists. */
  findFile(name: string): { info: FileInfo; thumbUrl(width: number): string } | null;
  /** Images of a <gallery> whose strip marker appears in a value, in order. */
  galleryImages(value: string): Array<{ name: string; caption: string }>;
}

/**
 * Final clean-up of a parsed value, as PortableInfobox does: newlines are removed, then any
 * argument placeholder that expansion left behind.
 */
export function cleanParsedValue(html: string): string {
  return html.replace(/[\n\r]/g, '').replace(/\{\{\{[^]*?\}\}\}/g, '');
}
