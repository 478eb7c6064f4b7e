/**
 * The persistent level of the parser cache (MediaWiki's objectcache rows for ParserCache):
 * one opaque value per cache key, with the page and revision it belongs to and an expiry.
 * The parser cache (src/wiki/parser-cache.ts) decides what the value holds and whether it
 * is still valid; the store only keeps, finds and drops rows.
 */
export interface ParserCacheRow {
  key: string;
  pageId: number;
  revId: number;
  settingsHash: string;
  /** The serialised entry (compressed, base64). */
  value: string;
  /** ISO 8601 UTC times: when it was stored, and after which it is ignored. */
  cachedAt: string;
  expiresAt: string;
}

export interface ParserCacheStore {
  /** The row at `key` unless it expired before `now`. */
  getParserCache(key: string, now: string): ParserCacheRow | null;
  /** Stores (or replaces) a row. */
  setParserCache(row: ParserCacheRow): void;
  deleteParserCache(key: string): void;
  /** Drops every row of a page (delete, move, purge, a changed file it shows). */
  deleteParserCacheForPage(pageId: number): void;
  /** Removes rows that expired before `now`; returns how many. */
  purgeExpiredParserCache(now: string): number;
  /** Drops every row. */
  clearParserCache(): void;
  /**
   * Rows this connection inserted, replaced or deleted so far. Parser-cache writes are not
   * content changes: the repository's change mark leaves them out.
   */
  readonly parserCacheWrites: number;
}
