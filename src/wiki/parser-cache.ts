/**
 * The parser cache: ParserOutput by revision id and the settings that change parsing, in
 * two levels — in memory (least recently used first out) and, where the repository has one,
 * in the database's parser_cache table (parser-cache-serialise.ts), so outputs rendered by
 * refreshLinks jobs or before a restart are found again. An entry stays valid while the
 * templates it used are at the same revision and its links keep their blue or red colour;
 * volatile outputs (clock-dependent) are not kept. Stored rows also expire after
 * `expirySeconds` (default 7 days: longer than MediaWiki's one day, since validity is
 * checked on every read; the expiry bounds what the checks cannot see and the table's size).
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { WikiRepository } from '../storage/repository.ts';
import { deserialiseEntry, serialiseEntry, type CacheEntry } from './parser-cache-serialise.ts';

export const defaultParserCacheExpiry = 7 * 24 * 3600;
/** Expired rows are removed after this many stored outputs. */
const purgeEvery = 200;

export class ParserCache {
  private readonly entries = new Map<string, CacheEntry>();
  /** Cache keys by page id, for invalidating one page's entries. */
  private readonly byPage = new Map<number, Set<string>>();
  private storedSincePurge = 0;
  hits = 0;
  misses = 0;
  /** Hits found in the database (a subset of `hits`). */
  storedHits = 0;

  constructor(
    private readonly repo: WikiRepository,
    readonly maxEntries = 500,
    readonly expirySeconds = defaultParserCacheExpiry,
  ) {}

  key(revId: number, settingsHash: string): string {
    return `${revId}!${settingsHash}`;
  }

  get(key: string): ParserOutput | null {
    const entry = this.entries.get(key);
    if (entry && this.stillValid(entry)) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.hits++;
      return entry.output;
    }
    if (entry) {
      this.entries.delete(key);
      this.repo.parserCacheStore?.deleteParserCache(key);
    } else {
      const stored = this.fromStore(key);
      if (stored) {
        this.hits++;
        this.storedHits++;
        return stored.output;
      }
    }
    this.misses++;
    return null;
  }

  /** Keeps an output; with its page id it is also stored in the database. */
  set(key: string, output: ParserOutput, pageId?: number): void {
    if (output.volatile) return;
    const templates = [...output.templates.values()].map((t) => ({ ns: t.title.ns, dbKey: t.title.dbKey, revisionId: t.revisionId }));
    const linkTitles = [...output.links.values()].map((t) => ({ namespace: t.ns, dbKey: t.dbKey }));
    const existing = this.repo.existingPages(linkTitles);
    const links = linkTitles.map((t) => ({ ns: t.namespace, dbKey: t.dbKey, exists: existing.has(`${t.namespace}:${t.dbKey}`) }));
    const entry: CacheEntry = { output, templates, links };
    this.remember(key, entry, pageId);
    if (pageId !== undefined) this.store(key, entry, pageId);
  }

  /** Empties the memory level (settings reloaded, pages imported); stored rows are checked when read. */
  clear(): void {
    this.entries.clear();
    this.byPage.clear();
  }

  /** Drops every cached output of a page, in memory and stored (purge, delete, move, htmlCacheUpdate). */
  invalidatePage(pageId: number): void {
    for (const key of this.byPage.get(pageId) ?? []) this.entries.delete(key);
    this.byPage.delete(pageId);
    this.repo.parserCacheStore?.deleteParserCacheForPage(pageId);
  }

  private remember(key: string, entry: CacheEntry, pageId: number | undefined): void {
    if (pageId !== undefined) {
      let keys = this.byPage.get(pageId);
      if (!keys) this.byPage.set(pageId, (keys = new Set()));
      keys.add(key);
    }
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  private fromStore(key: string): CacheEntry | null {
    const store = this.repo.parserCacheStore;
    if (!store) return null;
    const row = store.getParserCache(key, new Date().toISOString());
    if (!row) return null;
    const entry = deserialiseEntry(row.value);
    if (!entry || !this.stillValid(entry)) {
      store.deleteParserCache(key);
      return null;
    }
    this.remember(key, entry, row.pageId);
    return entry;
  }

  private store(key: string, entry: CacheEntry, pageId: number): void {
    const store = this.repo.parserCacheStore;
    if (!store) return;
    const now = Date.now();
    const bang = key.indexOf('!');
    store.setParserCache({
      key,
      pageId,
      revId: Number(key.slice(0, bang)) || 0,
      settingsHash: key.slice(bang + 1),
      value: serialiseEntry(entry),
      cachedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.expirySeconds * 1000).toISOString(),
    });
    if (++this.storedSincePurge >= purgeEvery) {
      this.storedSincePurge = 0;
      store.purgeExpiredParserCache(new Date(now).toISOString());
    }
  }

  private stillValid(entry: CacheEntry): boolean {
    for (const t of entry.templates) {
      const page = this.repo.getPage(t.ns, t.dbKey);
      if ((page?.latestRevisionId ?? 0) !== t.revisionId) return false;
    }
    if (entry.links.length === 0) return true;
    const existing = this.repo.existingPages(entry.links.map((l) => ({ namespace: l.ns, dbKey: l.dbKey })));
    return entry.links.every((l) => existing.has(`${l.ns}:${l.dbKey}`) === l.exists);
  }
}
