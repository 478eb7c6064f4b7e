/**
 * Special:WhatLinksHere/Title: pages linking to, transcluding, or redirecting to the title,
 * merged in page-id order as MediaWiki lists them, with the pages linking through each
 * redirect nested one level below it.
 */
import type { Title } from '../../core/title.ts';
import type { PageRecord } from '../../storage/repository.ts';
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';

const limit = 50;

interface Backlink {
  page: PageRecord;
  link: boolean;
  transclusion: boolean;
  file: boolean;
  redirect: boolean;
}

function backlinks(rc: RequestContext, target: Title): Backlink[] {
  const key = { namespace: target.ns, dbKey: target.dbKey };
  const byId = new Map<number, Backlink>();
  const add = (pages: PageRecord[], flag: 'link' | 'transclusion' | 'file' | 'redirect') => {
    for (const page of pages) {
      const entry = byId.get(page.pageId) ?? { page, link: false, transclusion: false, file: false, redirect: false };
      entry[flag] = true;
      byId.set(page.pageId, entry);
    }
  };
  add(rc.wiki.repo.redirectsTo(key, { limit }), 'redirect');
  add(rc.wiki.repo.backlinks('pagelinks', key, { limit }), 'link');
  add(rc.wiki.repo.backlinks('templatelinks', key, { limit }), 'transclusion');
  if (target.ns === 6) add(rc.wiki.repo.backlinks('imagelinks', key, { limit }), 'file');
  const list = [...byId.values()].sort((a, b) => a.page.pageId - b.page.pageId).slice(0, limit);
  return list;
}

function listItems(rc: RequestContext, target: Title, depth: number): SafeHtml {
  const items = backlinks(rc, target).map((b) => {
    const title = rc.wiki.titles.makeTitle(b.page.namespace, b.page.dbKey);
    if (!title) return '';
    const notes: string[] = [];
    if (b.redirect) notes.push('redirect page');
    if (b.transclusion) notes.push('transclusion');
    if (b.file) notes.push('file link');
    const link = b.redirect
      ? html`<a href="${rc.urls.action(title, { redirect: 'no' })}" class="mw-redirect" title="${title.prefixedText}">${title.prefixedText}</a>`
      : html`<a href="${rc.urls.article(title)}" title="${title.prefixedText}">${title.prefixedText}</a>`;
    const tools = html`<span class="mw-whatlinkshere-tools">(<a href="${rc.urls.action('Special:WhatLinksHere', { target: title.prefixedText })}" title="Special:WhatLinksHere">← links</a> | <a href="${rc.urls.action(title, { action: 'edit' })}" title="${title.prefixedText}">edit</a>)</span>`;
    const nested = b.redirect && depth < 1 ? listItems(rc, title, depth + 1) : null;
    return html`<li>${link}${notes.length ? ` (${notes.join(' | ')})` : ''} \u200e ${tools}${nested && nested.value ? html`\n<ul>${nested}</ul>` : ''}</li>\n`;
  });
  return html`${items}`;
}

export function whatLinksHere(rc: RequestContext, subpage: string): Response {
  const target = rc.wiki.titles.parse(rc.query('target') ?? subpage);
  const heading = 'What links here';
  if (!target || target.isExternal) {
    return rc.page({
      htmlTitle: heading, heading,
      body: html`<form method="get" action="${rc.urls.scriptPath}"><input type="hidden" name="title" value="Special:WhatLinksHere">
<label for="mw-whatlinkshere-target">Page:</label> <input name="target" id="mw-whatlinkshere-target"> <button type="submit">Go</button></form>`,
    });
  }
  const exists = rc.wiki.repo.getPage(target.ns, target.dbKey) !== null;
  const targetLink = html`<a href="${exists ? rc.urls.article(target) : rc.urls.action(target, { action: 'edit', redlink: 1 })}"${exists ? '' : html` class="new"`} title="${target.prefixedText}">${target.prefixedText}</a>`;
  const items = listItems(rc, target, 0);
  return rc.page({
    htmlTitle: `Pages that link to "${target.prefixedText}"`,
    heading: `Pages that link to "${target.prefixedText}"`,
    subtitle: html`← ${targetLink}`,
    body: items.value
      ? html`<p>The following pages link to ${targetLink}:</p>\n<ul id="mw-whatlinkshere-list">${items}</ul>`
      : html`<p>No pages link to ${targetLink}.</p>`,
  });
}
