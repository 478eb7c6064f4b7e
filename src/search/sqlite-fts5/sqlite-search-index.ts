/**
 * The search index on SQLite: an FTS5 table over `searchindex` (external content, kept in
 * step by triggers), tokenized by unicode61 with marks as word characters and Latin
 * diacritics removed, with a prefix index for 2 characters (longer prefixes scan the term
 * index cheaply; a 3-character index would double the build time). Text matches are ranked
 * with bm25, the title column weighted 10 to the text's 1. The FTS5 table and its triggers
 * are created here on first use: FTS5 has no PostgreSQL counterpart in the shared
 * migration set.
 */
import type Database from 'better-sqlite3';
import type { ParsedQuery } from '../search-query.ts';
import type { SearchDocument, SearchOptions } from '../search-index.ts';
import { hitColumns, hitJoins, pageFilters, SqlSearchIndex, type MatchRow } from '../sql-search-index.ts';
import { sqliteConnection } from '../../storage/sqlite/sqlite-connection.ts';
import { fts5Match } from './fts5-query.ts';

const schema = `
CREATE VIRTUAL TABLE IF NOT EXISTS searchindex_fts USING fts5(
  si_title, si_text, content='searchindex', content_rowid='si_page',
  tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'", prefix='2'
);
CREATE TRIGGER IF NOT EXISTS searchindex_fts_insert AFTER INSERT ON searchindex BEGIN
  INSERT INTO searchindex_fts (rowid, si_title, si_text) VALUES (new.si_page, new.si_title, new.si_text);
END;
CREATE TRIGGER IF NOT EXISTS searchindex_fts_delete AFTER DELETE ON searchindex BEGIN
  INSERT INTO searchindex_fts (searchindex_fts, rowid, si_title, si_text) VALUES ('delete', old.si_page, old.si_title, old.si_text);
END;
CREATE TRIGGER IF NOT EXISTS searchindex_fts_update AFTER UPDATE OF si_title, si_text ON searchindex BEGIN
  INSERT INTO searchindex_fts (searchindex_fts, rowid, si_title, si_text) VALUES ('delete', old.si_page, old.si_title, old.si_text);
  INSERT INTO searchindex_fts (rowid, si_title, si_text) VALUES (new.si_page, new.si_title, new.si_text);
END;
INSERT INTO searchindex_fts (searchindex_fts) VALUES ('rebuild');
`;

/**
 * Creates the FTS5 table and triggers when missing, indexing rows already in searchindex
 * (IF NOT EXISTS throughout: another process may be doing the same).
 */
function ensureSchema(db: Database.Database): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'searchindex_fts'").pluck().get();
  if (!exists) db.transaction(() => db.exec(schema))();
}

const upsertSql = `INSERT INTO searchindex (si_page, si_namespace, si_title, si_text, si_rev) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (si_page) DO UPDATE SET si_namespace = excluded.si_namespace, si_title = excluded.si_title,
    si_text = excluded.si_text, si_rev = excluded.si_rev`;

export class SqliteSearchIndex extends SqlSearchIndex {
  constructor(private readonly db: Database.Database) {
    super(sqliteConnection(db));
    ensureSchema(db);
  }

  updateMany(docs: SearchDocument[]): void {
    this.db.transaction(() => {
      for (const d of docs) this.sql.run(upsertSql, d.pageId, d.namespace, d.title, d.text, d.revId);
    })();
  }

  optimize(): void {
    this.db.exec("INSERT INTO searchindex_fts (searchindex_fts) VALUES ('optimize')");
  }

  protected match(query: ParsedQuery, opts: SearchOptions): { total: number; rows: MatchRow[] } {
    const title = opts.what === 'title';
    const filters = pageFilters(opts);
    const from = `FROM searchindex_fts JOIN searchindex ON si_page = searchindex_fts.rowid ${hitJoins}
      WHERE searchindex_fts MATCH ?${filters.sql}`;
    const args = [fts5Match(query, title ? 'si_title' : undefined), ...filters.args];
    const total = this.sql.all<{ n: number }>(`SELECT count(*) AS n ${from}`, ...args)[0].n;
    if (total === 0) return { total, rows: [] };
    // Titles: the shortest first (bm25 would weigh each page's whole length); text: bm25 with the title boost.
    const order = title ? 'length(searchindex.si_title), searchindex.si_page'
      : 'bm25(searchindex_fts, 10.0, 1.0), length(searchindex.si_title), searchindex.si_page';
    const rows = this.sql.all<MatchRow>(`SELECT ${hitColumns} ${from} ORDER BY ${order} LIMIT ? OFFSET ?`, ...args, opts.limit, opts.offset ?? 0);
    return { total, rows };
  }
}
