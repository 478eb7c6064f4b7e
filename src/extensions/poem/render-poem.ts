/**
 * `<poem>` (MediaWiki's Poem extension): line breaks become `<br />`, leading spaces become
 * no-break spaces, leading colons indent the line, and the text is parsed as wikitext inside
 * `<div class="poem">`.
 */
import { rawElement } from '../../render/html.ts';
import { validateTagAttributes } from '../../sanitize/tag-attributes.ts';

export interface PoemParser {
  /** Protects HTML behind a strip marker and returns the marker. */
  insertStripItem(html: string): string;
  /** Parses wikitext to half-parsed HTML. */
  recursiveTagParse(text: string): string;
}

/** Lines starting with colons (the colons, then at least one other character). */
const INDENTED_LINE = /^(:+)([^:\n][^\n]*)$/gm;
/** Line breaks except the first and last, and except after a line that is exactly "----". */
const INNER_NEWLINE = /(?<!^----)\n/gm;

export function renderPoem(content: string | null, attrs: Record<string, string>, parser: PoemParser): string {
  const newline = Object.hasOwn(attrs, 'compact') ? '' : '\n';
  const br = parser.insertStripItem('<br />');

  let text = (content ?? '').replace(INDENTED_LINE, (_, colons: string, rest: string) =>
    rawElement('span', { class: 'mw-poem-indented', style: `display: inline-block; margin-inline-start: ${colons.length}em;` }, rest),
  );
  text = text.replace(/^\n/, '').replace(/\n$/, '').replace(INNER_NEWLINE, `${br}\n`);
  text = text.replace(/^ +/gm, (spaces) => '&#160;'.repeat(spaces.length));
  text = parser.recursiveTagParse(text);
  // A rule of five or more dashes is not caught by the look-behind above.
  text = text.split(`<hr />${br}`).join('<hr />');

  const divAttrs: Record<string, string> = {};
  for (const [name, value] of validateTagAttributes(new Map(Object.entries(attrs)), 'div')) divAttrs[name] = value;
  divAttrs.class = divAttrs.class !== undefined ? `poem ${divAttrs.class}` : 'poem';
  return rawElement('div', divAttrs, newline + phpTrim(text) + newline);
}

function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}
