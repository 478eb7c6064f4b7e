/**
 * A rendered page's body: the parser's HTML inside `.mw-parser-output`, with the section
 * edit links put in place. The parser marks them as MediaWiki 1.39 does,
 * `<mw:editsection page="T" section="N">heading</mw:editsection>`, and the skin turns each
 * into "[edit]"; headings without markers get links from ParserOutput.sections.
 */
import type { ParserOutput } from '../../core/parser-output.ts';
import type { Title, TitleParser } from '../../core/title.ts';
import { escapeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';

export interface ArticleOptions {
  title: Title;
  titles: TitleParser;
  urls: Urls;
  /** Show section edit links (not on old revisions, previews or diffs). */
  editSections: boolean;
}

const editsectionMarker = /<mw:editsection page="([^"]*)" section="([^"]*)">([\s\S]*?)<\/mw:editsection>/g;

export function articleHtml(output: ParserOutput, o: ArticleOptions): string {
  let body = output.html;
  if (body.includes('<mw:editsection')) {
    body = body.replace(editsectionMarker, (_, page: string, section: string, heading: string) => {
      if (!o.editSections) return '';
      const target = o.titles.parse(decodeEntities(page)) ?? o.title;
      return editLink(o.urls, target, section.replace(/^T-/, ''), decodeEntities(heading));
    });
  } else if (o.editSections && output.properties.get('noeditsection') === undefined) {
    body = addLinksFromSections(body, output, o);
  }
  return body.startsWith('<div class="mw-parser-output"') ? body : `<div class="mw-parser-output">${body}</div>`;
}

export function editLink(urls: Urls, page: Title, section: string, heading: string): string {
  const href = urls.action(page, { action: 'edit', section });
  return (
    '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>' +
    `<a href="${escapeHtml(href)}" title="${escapeHtml(`Edit section: ${heading.replace(/<[^>]*>/g, '')}`)}">edit</a>` +
    '<span class="mw-editsection-bracket">]</span></span>'
  );
}

/** Adds "[edit]" after each `<span class="mw-headline" id="...">` whose anchor is a known section. */
function addLinksFromSections(body: string, output: ParserOutput, o: ArticleOptions): string {
  const byAnchor = new Map(output.sections.map((s) => [s.anchor, s]));
  return body.replace(
    /(<h[1-6][^>]*>[\s\S]*?<span class="mw-headline" id="([^"]*)">[\s\S]*?<\/span>)(?=\s*<\/h[1-6]>)/g,
    (whole, head: string, anchor: string) => {
      const s = byAnchor.get(decodeEntities(anchor));
      if (!s) return whole;
      const page = s.fromTitle ? (o.titles.parse(s.fromTitle) ?? o.title) : o.title;
      return head + editLink(o.urls, page, s.index.replace(/^T-/, ''), s.line);
    },
  );
}

function decodeEntities(s: string): string {
  return s.replace(/&(quot|amp|lt|gt|#0?39);/g, (m, name: string) =>
    ({ quot: '"', amp: '&', lt: '<', gt: '>', '#039': "'", '#39': "'" })[name] ?? m,
  );
}
