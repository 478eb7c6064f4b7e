/**
 * Full-text search behind one interface (MediaWiki's SearchEngine and its searchindex
 * table): each page's title and visible text are indexed; queries find title matches and
 * text matches, ranked, with highlighted snippets. Implementations: sqlite-fts5/ (an FTS5
 * table over `searchindex`) and postgres/ (tsvector columns with GIN indexes); the same
 * contract suite (search-index-contract.ts) runs against each. Methods are synchronous,
 * on the repository's own connection, so index updates join the caller's transaction.
 */
import type { ParsedQuery } from './search-query.ts';

export interface SearchDocument {
  pageId: number;
  namespace: number;
  /** The title text without its namespace, with spaces ("Kagamine Len"). */
  title: string;
  /** The page's visible text, plain. */
  text: string;
  /** The revision the text was taken from (0 when unknown). */
  revId: number;
}

export type SearchWhat = 'title' | 'text';

export interface SearchOptions {
  /** Title matches look at titles only (redirects included); text matches at titles and text, ranked with a title boost, redirects left out. */
  what: SearchWhat;
  /** Only pages in these namespaces (all when absent). */
  namespaces?: number[];
  limit: number;
  offset?: number;
}

export interface SearchHit {
  pageId: number;
  namespace: number;
  dbKey: string;
  isRedirect: boolean;
  /** page_len, bytes. */
  size: number;
  /** Words in the indexed text. */
  wordCount: number;
  /** Timestamp of the page's latest revision. */
  timestamp: string;
  /** The title text, query words marked with <span class="searchmatch">, HTML. */
  titleSnippet: string;
  /** Passages of the text around the matches, marked, HTML. */
  snippet: string;
}

export interface SearchResults {
  /** All matching pages, not only this page of hits. */
  total: number;
  hits: SearchHit[];
}

/** A current page as the bulk build reads it: the text of its latest revision. */
export interface PageSource {
  pageId: number;
  namespace: number;
  dbKey: string;
  model: string;
  isRedirect: boolean;
  revId: number;
  text: string;
}

export interface SearchIndex {
  /** Adds or replaces a page's entry. */
  update(doc: SearchDocument): void;
  /** Adds or replaces many entries with set-based statements (bulk builds). */
  updateMany(docs: SearchDocument[]): void;
  remove(pageId: number): void;
  /** A page's new title (a move); its text stays. */
  rename(pageId: number, namespace: number, title: string): void;
  /** Free text as typed in the search box, or a parsed query. */
  search(query: string | ParsedQuery, opts: SearchOptions): SearchResults;
  /** Current pages after `afterPageId`, in page id order, whose entry is missing or older than their latest revision (every page with `all`). */
  pagesToIndex(afterPageId: number, limit: number, all?: boolean): PageSource[];
  /** Removes entries of pages that no longer exist; returns how many. */
  prune(): number;
  /** Compacts the full-text structures after a bulk build. */
  optimize(): void;
  count(): number;
}
