/**
 * The search index on PostgreSQL: two tsvector columns on `searchindex` (the title alone,
 * and title weighted A with the text weighted D) with GIN indexes, built with the 'simple'
 * configuration from the shared tokenizer's folded words; queries are tsquery text from
 * the parsed query (tsquery.ts), ranked with ts_rank_cd (weight A is 10 times weight D:
 * the title boost). Bulk updates are one INSERT ... SELECT FROM unnest(...) per batch. The
 * columns and indexes are added here on first use, as the FTS5 table is on SQLite.
 */
import type { PgConnection } from '../../storage/postgres/pg-connection.ts';
import { pgArray } from '../../storage/postgres/pg-connection.ts';
import type { ParsedQuery } from '../search-query.ts';
import type { SearchDocument, SearchOptions } from '../search-index.ts';
import { wordList } from '../search-tokens.ts';
import { hitColumns, hitJoins, pageFilters, SqlSearchIndex, type MatchRow, type SqlArg } from '../sql-search-index.ts';
import { tsqueryText } from './tsquery.ts';

const schema = `
ALTER TABLE searchindex ADD COLUMN IF NOT EXISTS si_title_vector tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE searchindex ADD COLUMN IF NOT EXISTS si_vector tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX IF NOT EXISTS searchindex_title_vector ON searchindex USING gin (si_title_vector);
CREATE INDEX IF NOT EXISTS searchindex_vector ON searchindex USING gin (si_vector);
`;

/** A tsvector holds at most 1 MB: the words fed to it are capped (the text itself is kept whole). */
const maxVectorChars = 300_000;

function ensureSchema(db: PgConnection): void {
  const has = db.value<number>(
    "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'searchindex' AND column_name = 'si_vector'",
  );
  if (!has) db.transaction(() => db.exec(schema));
}

function vectorWords(text: string): string {
  return wordList(text.length > maxVectorChars ? text.slice(0, maxVectorChars) : text).join(' ');
}

const noNul = (s: string) => (s.includes('\0') ? s.replace(/\0/g, '') : s);

export class PgSearchIndex extends SqlSearchIndex {
  constructor(private readonly db: PgConnection) {
    super({
      all: <T>(sql: string, ...args: SqlArg[]) => db.all<T>(sql, ...args),
      run: (sql: string, ...args: SqlArg[]) => db.run(sql, ...args),
    });
    ensureSchema(db);
  }

  updateMany(docs: SearchDocument[]): void {
    if (docs.length === 0) return;
    const column = <T extends string | number>(f: (d: SearchDocument) => T) => pgArray(docs.map(f));
    this.db.run(
      `INSERT INTO searchindex (si_page, si_namespace, si_title, si_text, si_rev, si_title_vector, si_vector)
       SELECT p, n, t, x, r, to_tsvector('simple', tw), setweight(to_tsvector('simple', tw), 'A') || setweight(to_tsvector('simple', xw), 'D')
       FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) AS d (p, n, t, x, r, tw, xw)
       ON CONFLICT (si_page) DO UPDATE SET si_namespace = excluded.si_namespace, si_title = excluded.si_title,
         si_text = excluded.si_text, si_rev = excluded.si_rev, si_title_vector = excluded.si_title_vector, si_vector = excluded.si_vector`,
      column((d) => d.pageId), column((d) => d.namespace), column((d) => noNul(d.title)), column((d) => noNul(d.text)),
      column((d) => d.revId), column((d) => vectorWords(d.title)), column((d) => vectorWords(d.text)),
    );
  }

  rename(pageId: number, namespace: number, title: string): void {
    const words = vectorWords(title);
    this.db.run(
      `UPDATE searchindex SET si_namespace = ?, si_title = ?, si_title_vector = to_tsvector('simple', ?),
         si_vector = setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D')
       WHERE si_page = ?`,
      namespace, noNul(title), words, words, vectorWords(this.textOf(pageId)), pageId,
    );
  }

  optimize(): void {
    this.db.run('ANALYZE searchindex');
  }

  protected match(query: ParsedQuery, opts: SearchOptions): { total: number; rows: MatchRow[] } {
    const vector = opts.what === 'title' ? 'si_title_vector' : 'si_vector';
    const filters = pageFilters(opts);
    const from = `FROM searchindex ${hitJoins}, to_tsquery('simple', ?) AS q WHERE ${vector} @@ q${filters.sql}`;
    const args: SqlArg[] = [tsqueryText(query), ...filters.args];
    const total = Number(this.db.value<number>(`SELECT count(*) ${from}`, ...args));
    if (total === 0) return { total, rows: [] };
    // Titles: the shortest first, as on SQLite; text: ts_rank_cd, where the title's weight A is the boost.
    const order = opts.what === 'title' ? 'length(si_title), si_page' : `ts_rank_cd(${vector}, q) DESC, length(si_title), si_page`;
    const rows = this.db.all<MatchRow>(
      `SELECT ${hitColumns} ${from} ORDER BY ${order} LIMIT ? OFFSET ?`,
      ...args, opts.limit, opts.offset ?? 0,
    );
    return { total, rows };
  }

  private textOf(pageId: number): string {
    return this.db.value<string>('SELECT si_text FROM searchindex WHERE si_page = ?', pageId) ?? '';
  }
}
