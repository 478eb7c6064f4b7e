/**
 * The markers the parser leaves for the last step (what MediaWiki's ParserOutput::getText
 * does): the <mw:toc> wrapper is dropped, and <mw:editsection> markers become "[edit]"
 * links when the options ask for them, else are removed (the skin adds its own).
 */
import { decodeCharReferences, escapeHtml } from '../core/html-entities.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { wfUrlencode } from '../render/url.ts';
import { encodeAttribute } from '../sanitize/tag-attributes.ts';

const editsection = /<mw:editsection page="([^"]*)" section="([^"]*)"(?:\s*\/>|>([\s\S]*?)<\/mw:editsection>)/g;


function editLink(ctx: ParseContext, page: string, section: string, hint: string | undefined): string {
  const pageText = decodeCharReferences(page);
  const title = ctx.env.titles.parse(pageText);
  const dbKey = title ? title.prefixedDBKey : pageText.replace(/ /g, '_');
  const href = `${ctx.config.wgScriptPath}/index.php?title=${wfUrlencode(dbKey)}&action=edit&section=${wfUrlencode(section)}`;
  const label = hint === undefined ? (title ? title.prefixedText : pageText) : decodeCharReferences(hint);
  return (
    '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>' +
    `<a href="${escapeHtml(href)}" title="${encodeAttribute(`Edit section: ${label}`)}">edit</a>` +
    '<span class="mw-editsection-bracket">]</span></span>'
  );
}

export function replaceOutputMarkers(html: string, ctx: ParseContext): string {
  let out = html;
  if (out.includes('<mw:toc>')) out = out.replace(/<\/?mw:toc>/g, '');
  if (out.includes('<mw:editsection')) {
    out = out.replace(editsection, (_, page: string, section: string, hint: string | undefined) =>
      ctx.options.editSections ? editLink(ctx, page, section, hint) : '',
    );
  }
  return out;
}
