/**
 * What the SQL implementations share: the `searchindex` table's plain statements (the same
 * SQL on SQLite and PostgreSQL), and turning matched rows into hits with snippets. Each
 * backend supplies the full-text match itself.
 */
import { highlightTerms, isSearchable, parseSearchQuery, type ParsedQuery } from './search-query.ts';
import type { PageSource, SearchDocument, SearchHit, SearchIndex, SearchOptions, SearchResults } from './search-index.ts';
import { countWords } from './search-tokens.ts';
import { highlightAll, snippet } from './snippet.ts';

export type SqlArg = string | number | null;

/** A connection that runs `?`-placeholder SQL synchronously. */
export interface SqlRunner {
  all<T>(sql: string, ...args: SqlArg[]): T[];
  run(sql: string, ...args: SqlArg[]): void;
}

/** The page and entry columns every match query selects. */
export const hitColumns = 'searchindex.si_page, page_namespace, page_title, page_is_redirect, page_len, rev_timestamp, searchindex.si_title, searchindex.si_text';
export const hitJoins = 'JOIN page ON page_id = si_page JOIN revision ON rev_id = page_latest';

export interface MatchRow {
  si_page: number;
  page_namespace: number;
  page_title: string;
  page_is_redirect: number | boolean;
  page_len: number;
  rev_timestamp: string;
  si_title: string;
  si_text: string;
}

interface SourceRow {
  page_id: number;
  page_namespace: number;
  page_title: string;
  page_content_model: string;
  page_is_redirect: number | boolean;
  page_latest: number;
  content_text: string;
}

/** `AND page_namespace IN (...)` and `AND page_is_redirect = 0` as the options ask. */
export function pageFilters(opts: SearchOptions): { sql: string; args: SqlArg[] } {
  let sql = '';
  const args: SqlArg[] = [];
  if (opts.namespaces) {
    sql += opts.namespaces.length ? ` AND page_namespace IN (${opts.namespaces.map(() => '?').join(', ')})` : ' AND 1 = 0';
    args.push(...opts.namespaces);
  }
  if (opts.what === 'text') sql += ' AND page_is_redirect = 0';
  return { sql, args };
}

export abstract class SqlSearchIndex implements SearchIndex {
  constructor(protected readonly sql: SqlRunner) {}

  abstract updateMany(docs: SearchDocument[]): void;
  abstract optimize(): void;
  /** The matching rows of this page of results, best first, and how many match in all. */
  protected abstract match(query: ParsedQuery, opts: SearchOptions): { total: number; rows: MatchRow[] };

  update(doc: SearchDocument): void {
    this.updateMany([doc]);
  }

  remove(pageId: number): void {
    this.sql.run('DELETE FROM searchindex WHERE si_page = ?', pageId);
  }

  rename(pageId: number, namespace: number, title: string): void {
    this.sql.run('UPDATE searchindex SET si_namespace = ?, si_title = ? WHERE si_page = ?', namespace, title, pageId);
  }

  search(query: string | ParsedQuery, opts: SearchOptions): SearchResults {
    const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
    if (!isSearchable(parsed) || opts.limit <= 0) return { total: 0, hits: [] };
    const { total, rows } = this.match(parsed, opts);
    const terms = highlightTerms(parsed);
    return { total, hits: rows.map((row) => toHit(row, terms)) };
  }

  pagesToIndex(afterPageId: number, limit: number, all = false): PageSource[] {
    const rows = this.sql.all<SourceRow>(
      `SELECT page_id, page_namespace, page_title, page_content_model, page_is_redirect, page_latest, content_text
       FROM page JOIN revision ON rev_id = page_latest JOIN content ON content_sha1 = rev_sha1
       ${all ? '' : 'LEFT JOIN searchindex ON si_page = page_id'}
       WHERE page_id > ? ${all ? '' : 'AND (si_page IS NULL OR si_rev <> page_latest)'}
       ORDER BY page_id LIMIT ?`,
      afterPageId, limit,
    );
    return rows.map((r) => ({
      pageId: r.page_id, namespace: r.page_namespace, dbKey: r.page_title, model: r.page_content_model,
      isRedirect: Boolean(r.page_is_redirect), revId: r.page_latest, text: r.content_text,
    }));
  }

  prune(): number {
    const gone = this.sql.all<{ si_page: number }>('SELECT si_page FROM searchindex WHERE NOT EXISTS (SELECT 1 FROM page WHERE page_id = si_page)');
    for (const { si_page } of gone) this.remove(si_page);
    return gone.length;
  }

  count(): number {
    return Number(this.sql.all<{ n: number }>('SELECT count(*) AS n FROM searchindex')[0].n);
  }
}

function toHit(row: MatchRow, terms: ReturnType<typeof highlightTerms>): SearchHit {
  return {
    pageId: row.si_page,
    namespace: row.page_namespace,
    dbKey: row.page_title,
    isRedirect: Boolean(row.page_is_redirect),
    size: row.page_len,
    wordCount: countWords(row.si_text),
    timestamp: row.rev_timestamp,
    titleSnippet: highlightAll(row.si_title, terms),
    snippet: snippet(row.si_text, terms),
  };
}
