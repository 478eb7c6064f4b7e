/**
 * Searching a wiki as Special:Search does (and api.php's list=search can): a namespace
 * prefix in the query ("Template:quote", "all:len") picks the namespaces, otherwise the
 * given ones (default: the main namespace, as $wgNamespacesToBeSearchedDefault); title
 * matches and text matches come back separately, each hit with its Title.
 */
import type { Title } from '../core/title.ts';
import type { Wiki } from '../wiki/wiki.ts';
import type { SearchHit, SearchResults } from './search-index.ts';
import { searchIndexFor } from './search-index-for.ts';

export interface WikiSearchOptions {
  /** Default: the main namespace. */
  namespaces?: number[] | 'all';
  limit?: number;
  offset?: number;
  /** Run only this kind of match (the other comes back empty). Default: both. */
  only?: 'title' | 'text';
}

export interface WikiSearchHit extends SearchHit {
  title: Title;
}

export interface WikiSearchResults {
  /** The query without its namespace prefix. */
  terms: string;
  /** The namespaces searched (undefined: all). */
  namespaces: number[] | undefined;
  titleMatches: { total: number; hits: WikiSearchHit[] };
  textMatches: { total: number; hits: WikiSearchHit[] };
}

/** Splits a leading "Namespace:" or "all:" off the query. */
export function namespacePrefix(wiki: Wiki, query: string): { terms: string; namespaces?: number[] | 'all' } {
  const m = /^\s*([^:]+):(.*)$/s.exec(query);
  if (!m) return { terms: query };
  if (m[1].trim().toLowerCase() === 'all') return { terms: m[2], namespaces: 'all' };
  const ns = wiki.titles.namespaces.getId(m[1].trim().replace(/ /g, '_'));
  return ns === undefined || ns < 0 ? { terms: query } : { terms: m[2], namespaces: [ns] };
}

export function searchWiki(wiki: Wiki, query: string, opts: WikiSearchOptions = {}): WikiSearchResults {
  const prefix = namespacePrefix(wiki, query);
  const chosen = prefix.namespaces ?? opts.namespaces ?? [0];
  const namespaces = chosen === 'all' ? undefined : chosen;
  const index = searchIndexFor(wiki.repo);
  const run = (what: 'title' | 'text') => {
    const results: SearchResults = index && (!opts.only || opts.only === what)
      ? index.search(prefix.terms, { what, namespaces, limit: opts.limit ?? 20, offset: opts.offset ?? 0 })
      : { total: 0, hits: [] };
    const hits: WikiSearchHit[] = [];
    for (const hit of results.hits) {
      const title = wiki.titles.makeTitle(hit.namespace, hit.dbKey);
      if (title) hits.push({ ...hit, title });
    }
    return { total: results.total, hits };
  };
  return { terms: prefix.terms.trim(), namespaces, titleMatches: run('title'), textMatches: run('text') };
}
