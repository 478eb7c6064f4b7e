/**
 * Special:Search as MediaWiki's: without `fulltext` (the search box's "Go") a query naming
 * an existing page (or a special page) goes straight to it; otherwise, and always with
 * `fulltext=1` (the "Search" button), the results page: title matches and text matches,
 * `limit`/`offset` paging, namespaces from `nsN=1` parameters, `profile=all`, or a prefix
 * in the query.
 */
import { nearMatch } from '../../search/near-match.ts';
import { searchWiki } from '../../search/search-pages.ts';
import type { RequestContext } from '../request-context.ts';
import { searchResultsBody } from '../views/search-results.ts';

function intParam(value: string | undefined, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

export function searchPage(rc: RequestContext, subpage: string): Response {
  const query = (rc.query('search') ?? subpage.replace(/_/g, ' ')).trim();
  const fulltext = rc.query('fulltext') !== undefined;
  if (query && !fulltext) {
    const target = nearMatch(rc.wiki, query);
    if (target) return rc.redirect(rc.urls.article(target), 302);
  }
  const limit = Math.max(1, intParam(rc.query('limit'), 20, 500));
  const offset = intParam(rc.query('offset'), 0, 100_000);
  const params = new URL(rc.c.req.url).searchParams;
  const keep: Record<string, string> = {};
  const picked: number[] = [];
  for (const [name, value] of params) {
    const m = /^ns(-?\d+)$/.exec(name);
    if (m && value !== '' && value !== '0') { picked.push(Number(m[1])); keep[name] = '1'; }
  }
  const profile = rc.query('profile');
  if (profile === 'all') keep.profile = 'all';
  const namespaces = profile === 'all' ? 'all' : picked.length ? picked : [0];
  const results = query ? searchWiki(rc.wiki, query, { namespaces, limit, offset }) : null;
  const named = query ? rc.wiki.titles.parse(query) : null;
  const usable = named && !named.isExternal && named.ns >= 0 ? named : null;
  return rc.page({
    htmlTitle: query ? `Search results for "${query}"` : 'Search',
    heading: 'Search results',
    noindex: true,
    body: searchResultsBody(rc.urls, {
      query, limit, offset, keep,
      named: usable,
      namedExists: usable ? rc.wiki.repo.getPage(usable.ns, usable.dbKey) !== null : false,
    }, results),
  });
}
