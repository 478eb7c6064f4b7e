/**
 * Special:WantedPages and Special:UncategorizedPages, as MediaWiki's query pages list them
 * (an ordered list numbered from the offset).
 */
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';

function paging(rc: RequestContext): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Number(rc.query('limit') ?? 50) || 50, 1), 5000);
  const offset = Math.max(Number(rc.query('offset') ?? 0) || 0, 0);
  return { limit, offset };
}

export function wantedPages(rc: RequestContext): Response {
  const { limit, offset } = paging(rc);
  const rows = rc.wiki.repo.wantedPages({ limit, offset });
  const items = rows.map((w) => {
    const title = rc.wiki.titles.makeTitle(w.namespace, w.dbKey);
    if (!title) return '';
    return html`<li><a href="${rc.urls.action(title, { action: 'edit', redlink: 1 })}" class="new" title="${title.prefixedText} (page does not exist)">${title.prefixedText}</a> \u200e(<a href="${rc.urls.action('Special:WhatLinksHere', { target: title.prefixedText })}" title="Special:WhatLinksHere">${w.count} links</a>)</li>\n`;
  });
  return rc.page({
    htmlTitle: 'Wanted pages', heading: 'Wanted pages',
    body: rows.length ? html`<ol start="${offset + 1}" class="special">${items}</ol>` : html`<p>There are no results for this report.</p>`,
  });
}

export function uncategorizedPages(rc: RequestContext): Response {
  const { limit, offset } = paging(rc);
  const pages = rc.wiki.repo.uncategorizedPages({ namespace: 0, limit, offset });
  const items = pages.map((p) => {
    const title = rc.wiki.titles.makeTitle(p.namespace, p.dbKey);
    return title ? html`<li><a href="${rc.urls.article(title)}" title="${title.prefixedText}">${title.prefixedText}</a></li>\n` : '';
  });
  return rc.page({
    htmlTitle: 'Uncategorized pages', heading: 'Uncategorized pages',
    body: pages.length ? html`<ol start="${offset + 1}" class="special">${items}</ol>` : html`<p>There are no results for this report.</p>`,
  });
}
