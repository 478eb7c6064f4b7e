/**
 * The visible text of a page from its parser output HTML: what a reader sees, templates
 * expanded, markup gone. The table of contents, styles, scripts, footnote markers and
 * section edit links are left out; block elements and line breaks become line breaks.
 * A linear pass of regular expressions over MediaWiki's well-formed output, no DOM.
 */
import { decodeCharReferences } from '../core/html-entities.ts';
import type { ParserOutput } from '../core/parser-output.ts';

const dropped = [
  /<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi,
  /<sup\b[^>]*\bclass="[^"]*\breference\b[^"]*"[^>]*>[\s\S]*?<\/sup>/gi,
  /<span class="mw-editsection">[\s\S]*?<span class="mw-editsection-bracket">\]<\/span><\/span>/g,
  /<!--[\s\S]*?-->/g,
];
const blockTag = /<\/?(?:p|div|br|h[1-6]|li|dt|dd|tr|table|ul|ol|dl|pre|blockquote|figure|figcaption|caption|section|aside|hr)\b[^>]*>/gi;
const cellTag = /<\/?t[dh]\b[^>]*>/gi;

export function htmlToText(html: string): string {
  let text = html;
  for (const pattern of dropped) text = text.replace(pattern, ' ');
  text = text.replace(blockTag, '\n').replace(cellTag, ' ').replace(/<[^>]*>/g, '');
  text = decodeCharReferences(text);
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
}

/** The HTML without the <div> that opens at `start` (nested divs counted). */
function withoutDiv(html: string, start: number): string {
  const tag = /<(\/?)div\b[^>]*>/gi;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(m.index + m[0].length);
  }
  return html.slice(0, start);
}

/** The visible text of a parse: its HTML without the table of contents. */
export function outputText(output: ParserOutput): string {
  let html = output.html;
  const toc = output.tocHtml ? html.indexOf('<div id="toc"') : -1;
  if (toc !== -1) html = withoutDiv(html, toc);
  return htmlToText(html);
}
