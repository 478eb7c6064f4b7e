/**
 * The member listing under a category page (MediaWiki's CategoryViewer): subcategories, pages
 * and files, each sorted by sort key, 200 per section and page of the listing, grouped under
 * first-letter headings, with the count message and previous/next paging links.
 */
import type { Title, TitleParser } from '../../core/title.ts';
import type { CategoryMember, CategoryMemberType } from '../../storage/link-tables.ts';
import type { WikiRepository } from '../../storage/repository.ts';
import { categorySortkey } from '../../wiki/links-update.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';

export const categoryLimit = 200;

interface Section {
  type: CategoryMemberType;
  id: string;
  param: string;
  heading: (name: string) => string;
  count: (shown: number, total: number) => string;
}

const sections: Section[] = [
  {
    type: 'subcat', id: 'mw-subcategories', param: 'subcat', heading: () => 'Subcategories',
    count: (n, t) => (t === 1 ? 'This category has only the following subcategory.' : `This category has the following ${n === 1 ? 'subcategory' : `${n} subcategories`}, out of ${t} total.`),
  },
  {
    type: 'page', id: 'mw-pages', param: 'page', heading: (name) => `Pages in category "${name}"`,
    count: (n, t) => (t === 1 ? 'This category contains only the following page.' : `The following ${n === 1 ? 'page is' : `${n} pages are`} in this category, out of ${t} total.`),
  },
  {
    type: 'file', id: 'mw-category-media', param: 'file', heading: (name) => `Media in category "${name}"`,
    count: (n, t) => (t === 1 ? 'This category contains only the following file.' : `The following ${n === 1 ? 'file is' : `${n} files are`} in this category, out of ${t} total.`),
  },
];

export interface CategoryViewerContext {
  repo: WikiRepository;
  titles: TitleParser;
  urls: Urls;
  /** The query parameters pagefrom, pageuntil, subcatfrom ... */
  query: (name: string) => string | undefined;
}

/** The first letter heading a member is listed under (the uppercase collation's first letter). */
export function firstLetter(title: Title, prefix: string): string {
  const key = categorySortkey(title, prefix);
  const first = [...key][0] ?? ' ';
  return first.toUpperCase();
}

export function categoryListing(ctx: CategoryViewerContext, category: Title): SafeHtml {
  const counts = ctx.repo.categoryCounts(category.dbKey);
  const parts = sections.map((s) => section(ctx, category, s, counts[s.type])).filter((p) => p !== null);
  const body = parts.length ? html`${parts}` : html`<p><i>This category currently contains no pages or media.</i>\n</p>`;
  return html`<div class="mw-category-generated" lang="en" dir="ltr">${body}</div>`;
}

function section(ctx: CategoryViewerContext, category: Title, s: Section, total: number): SafeHtml | null {
  const from = ctx.query(`${s.param}from`);
  const until = ctx.query(`${s.param}until`);
  const opts = from !== undefined ? { from: from.toUpperCase() } : until !== undefined ? { until: until.toUpperCase() } : {};
  const rows = ctx.repo.categoryMembers(category.dbKey, { type: s.type, limit: categoryLimit + 1, ...opts });
  let next: CategoryMember | null = null;
  let hasPrevious = from !== undefined;
  if (rows.length > categoryLimit) {
    if (until !== undefined && from === undefined) {
      rows.shift();
      hasPrevious = true;
    } else {
      next = rows.pop()!;
    }
  }
  if (until !== undefined && from === undefined) next = ctx.repo.categoryMembers(category.dbKey, { type: s.type, limit: 1, from: until.toUpperCase() })[0] ?? null;
  if (rows.length === 0) return null;
  const items: SafeHtml[] = [];
  const letters: string[] = [];
  for (const m of rows) {
    const title = ctx.titles.makeTitle(m.page.namespace, m.page.dbKey);
    if (!title) continue;
    const text = s.type === 'subcat' ? title.text : title.prefixedText;
    const link = html`<a href="${ctx.urls.article(title)}"${m.page.isRedirect ? raw(' class="mw-redirect"') : ''} title="${title.prefixedText}">${text}</a>`;
    items.push(m.page.isRedirect ? html`<span class="redirect-in-category">${link}</span>` : link);
    letters.push(firstLetter(title, m.prefix));
  }
  const paging = pagingLinks(ctx, category, s, hasPrevious ? rows[0].sortKey : null, next ? next.sortKey : null);
  return html`<div id="${s.id}">\n<h2>${raw(s.heading(category.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))}</h2>\n<p>${s.count(items.length, total)}\n</p>${paging}${columnList(items, letters, items.length > 6 ? 'mw-category mw-category-columns' : 'mw-category')}${paging}\n</div>`;
}

function columnList(items: SafeHtml[], letters: string[], cssClass: string): SafeHtml {
  const groups: Array<{ letter: string; items: SafeHtml[] }> = [];
  const byLetter = new Map<string, SafeHtml[]>();
  items.forEach((item, i) => {
    let list = byLetter.get(letters[i]);
    if (!list) {
      list = [];
      byLetter.set(letters[i], list);
      groups.push({ letter: letters[i], items: list });
    }
    list.push(item);
  });
  const out = groups.map((g) => html`<div class="mw-category-group"><h3>${g.letter === ' ' ? '\u00a0' : g.letter}</h3>\n<ul><li>${raw(g.items.map((i) => i.value).join('</li>\n<li>'))}</li></ul></div>`);
  return html`<div lang="en" dir="ltr" class="mw-content-ltr"><div class="${cssClass}">${out}</div></div>`;
}

function pagingLinks(ctx: CategoryViewerContext, category: Title, s: Section, previousUntil: string | null, nextFrom: string | null): SafeHtml | '' {
  if (previousUntil === null && nextFrom === null) return '';
  const link = (param: string, value: string, label: string) =>
    html`<a href="${ctx.urls.action(category, { [param]: value })}#${s.id}" title="${category.prefixedText}">${label}</a>`;
  const prev = previousUntil !== null ? link(`${s.param}until`, previousUntil, 'previous page') : 'previous page';
  const next = nextFrom !== null ? link(`${s.param}from`, nextFrom, 'next page') : 'next page';
  return html`(${prev}) (${next})`;
}
