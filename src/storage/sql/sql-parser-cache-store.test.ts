/**
 * The parser_cache table and the change mark on both databases: rows kept, replaced,
 * expired and dropped by page; cache writes leave the change mark alone, every other write
 * (also from a second connection) moves it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshTestDatabase } from '../postgres/test-database.ts';
import { PostgresRepository } from '../postgres/postgres-repository.ts';
import type { ParserCacheRow } from '../parser-cache-store.ts';
import type { WikiRepository } from '../repository.ts';
import { SqliteRepository } from '../sqlite/sqlite-repository.ts';
import { newRevision } from '../test-factories.ts';

/** Opens two repositories on the same fresh database; `done` cleans up. */
type Pair = { open: () => WikiRepository; done: () => void };

const databases: Array<[string, () => Pair]> = [
  ['sqlite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kagami-pc-'));
    return { open: () => new SqliteRepository(join(dir, 'wiki.sqlite')), done: () => rmSync(dir, { recursive: true, force: true }) };
  }],
  ['postgres', () => {
    const url = freshTestDatabase();
    return { open: () => new PostgresRepository(url, { schema: 'pc' }), done: () => {} };
  }],
];

function row(key: string, pageId: number, expiresAt = '2999-01-01T00:00:00Z', value = 'v'): ParserCacheRow {
  return { key, pageId, revId: Number(key.split('!')[0]), settingsHash: 'h', value, cachedAt: '2024-01-01T00:00:00Z', expiresAt };
}

for (const [name, pair] of databases) {
  test(`${name}: parser cache rows are kept, replaced, expired and dropped by page`, () => {
    const { open, done } = pair();
    const repo = open();
    try {
      const store = repo.parserCacheStore!;
      const now = '2024-06-01T00:00:00Z';
      store.setParserCache(row('1!h', 10));
      store.setParserCache(row('2!h', 10));
      store.setParserCache(row('3!h', 11));
      store.setParserCache(row('4!h', 12, '2024-05-01T00:00:00Z'));
      assert.equal(store.getParserCache('1!h', now)?.value, 'v');
      store.setParserCache(row('1!h', 10, undefined, 'w'));
      assert.deepEqual(store.getParserCache('1!h', now), row('1!h', 10, undefined, 'w'));
      assert.equal(store.getParserCache('4!h', now), null, 'expired');
      assert.equal(store.purgeExpiredParserCache(now), 1);
      store.deleteParserCacheForPage(10);
      assert.equal(store.getParserCache('1!h', now), null);
      assert.equal(store.getParserCache('2!h', now), null);
      assert.equal(store.getParserCache('3!h', now)?.pageId, 11);
      store.deleteParserCache('3!h');
      assert.equal(store.getParserCache('3!h', now), null);
      // A second connection sees what the first stored.
      store.setParserCache(row('5!h', 13));
      const other = open();
      try {
        assert.equal(other.parserCacheStore!.getParserCache('5!h', now)?.pageId, 13);
      } finally {
        other.close();
      }
    } finally {
      repo.close();
      done();
    }
  });

  test(`${name}: the change mark moves on every write but parser cache writes, also from another connection`, () => {
    const { open, done } = pair();
    const repo = open();
    const other = open();
    try {
      assert.equal(typeof repo.changeMark, 'function');
      const mark = () => repo.changeMark!();
      const m0 = mark();
      assert.equal(mark(), m0, 'reading changes nothing');
      repo.parserCacheStore!.setParserCache(row('1!h', 1));
      repo.parserCacheStore!.deleteParserCacheForPage(1);
      other.parserCacheStore!.setParserCache(row('2!h', 1));
      if (name === 'postgres') assert.equal(mark(), m0, 'cache writes are not changes');
      else repo.parserCacheStore!.setParserCache(row('3!h', 1));
      const m1 = mark();
      repo.parserCacheStore!.setParserCache(row('4!h', 1));
      assert.equal(mark(), m1, 'this connection\'s cache writes are not changes');
      repo.saveRevision(newRevision({ dbKey: 'A' }));
      const m2 = mark();
      assert.notEqual(m2, m1, 'a save');
      repo.setMeta('k', 'v');
      const m3 = mark();
      assert.notEqual(m3, m2, 'a write outside a transaction');
      other.saveRevision(newRevision({ dbKey: 'B' }));
      assert.notEqual(mark(), m3, 'a commit by another connection');
      // A transaction rolled back leaves the mark as it was.
      const m4 = mark();
      assert.throws(() => repo.transaction(() => {
        repo.setMeta('k', 'w');
        throw new Error('no');
      }));
      if (name === 'postgres') assert.equal(mark(), m4);
    } finally {
      other.close();
      repo.close();
      done();
    }
  });
}
