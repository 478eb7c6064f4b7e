/**
 * The parser_cache table in SQL both databases accept. Writes count the rows they touch
 * (deletes through RETURNING) so the change mark can leave cache traffic out.
 */
import type { ParserCacheRow, ParserCacheStore } from '../parser-cache-store.ts';
import type { SqlRunner } from './sql-connection.ts';

interface Row {
  pc_key: string;
  pc_page: number;
  pc_rev: number;
  pc_settings: string;
  pc_value: string;
  pc_cached: string;
  pc_expires: string;
}

export class SqlParserCacheStore implements ParserCacheStore {
  parserCacheWrites = 0;

  constructor(private readonly db: SqlRunner) {}

  getParserCache(key: string, now: string): ParserCacheRow | null {
    const row = this.db.get<Row>('SELECT * FROM parser_cache WHERE pc_key = ? AND pc_expires > ?', key, now);
    return row && {
      key: row.pc_key,
      pageId: Number(row.pc_page),
      revId: Number(row.pc_rev),
      settingsHash: row.pc_settings,
      value: row.pc_value,
      cachedAt: row.pc_cached,
      expiresAt: row.pc_expires,
    };
  }

  setParserCache(row: ParserCacheRow): void {
    this.db.run(
      `INSERT INTO parser_cache (pc_key, pc_page, pc_rev, pc_settings, pc_value, pc_cached, pc_expires) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (pc_key) DO UPDATE SET pc_page = excluded.pc_page, pc_rev = excluded.pc_rev, pc_settings = excluded.pc_settings,
         pc_value = excluded.pc_value, pc_cached = excluded.pc_cached, pc_expires = excluded.pc_expires`,
      row.key, row.pageId, row.revId, row.settingsHash, row.value, row.cachedAt, row.expiresAt,
    );
    this.parserCacheWrites++;
  }

  deleteParserCache(key: string): void {
    this.deleted(this.db.all('DELETE FROM parser_cache WHERE pc_key = ? RETURNING pc_key', key));
  }

  deleteParserCacheForPage(pageId: number): void {
    this.deleted(this.db.all('DELETE FROM parser_cache WHERE pc_page = ? RETURNING pc_key', pageId));
  }

  purgeExpiredParserCache(now: string): number {
    return this.deleted(this.db.all('DELETE FROM parser_cache WHERE pc_expires <= ? RETURNING pc_key', now));
  }

  clearParserCache(): void {
    this.deleted(this.db.all('DELETE FROM parser_cache RETURNING pc_key'));
  }

  private deleted(rows: unknown[]): number {
    this.parserCacheWrites += rows.length;
    return rows.length;
  }
}
