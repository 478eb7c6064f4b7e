/**
 * `<indicator name="...">content</indicator>` (MediaWiki's CoreTagHooks::indicator): a page
 * status indicator. The content is parsed fully and kept in ParserOutput.indicators under
 * its trimmed name, tidied, (the skin shows it in the page header); the tag itself renders nothing.
 * A missing or blank name is an error in place.
 */
import type { TagHook } from '../extension.ts';
import { tidyHtml } from '../../transform/tidy.ts';

const invalidName =
  "<span class=\"error\"><strong>Error:</strong> Page status indicators' <code>name</code> attribute must not be empty.</span>";

/** Parser::stripOuterParagraph: drops one <p> wrapping the whole HTML, if it is the only one. */
export function stripOuterParagraph(html: string): string {
  const m = /^<p>([\s\S]*?)\n?<\/p>\n?$/.exec(html);
  return m && !m[1].includes('</p>') ? m[1] : html;
}

export const indicator: TagHook = (content, attrs, ctx, frame) => {
  const name = (attrs.name ?? '').trim();
  if (name === '') return invalidName;
  ctx.output.setIndicator(name, stripOuterParagraph(tidyHtml(ctx.recursiveTagParseFully(content ?? '', frame))));
  return '';
};
