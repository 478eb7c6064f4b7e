/**
 * The stored level of the parser cache, on SQLite and PostgreSQL: the putinp-wiki fixture
 * imported with its refreshLinks jobs leaves Kagamine Len's output in the database, a new
 * Wiki on the same data finds it without parsing and gets back every ParserOutput field;
 * template changes, purges, deletions and clock-dependent outputs are handled as in memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParserOutput } from '../core/parser-output.ts';
import { importDump } from '../dump/import-dump.ts';
import { putinpDump } from '../dump/test-dumps.ts';
import { freshTestDatabase } from '../storage/postgres/test-database.ts';
import { PostgresRepository } from '../storage/postgres/postgres-repository.ts';
import type { WikiRepository } from '../storage/repository.ts';
import type { Parser } from '../parse/parser.ts';
import { parserSettingsHash } from './render-page.ts';
import { openWiki, type Wiki } from './wiki.ts';

const skip = existsSync(putinpDump) ? false : 'shared fixture not found';

const databases: Array<[string, () => (dataDir: string) => string | WikiRepository | undefined]> = [
  ['sqlite', () => () => undefined],
  ['postgres', () => {
    const url = freshTestDatabase();
    return () => new PostgresRepository(url, { schema: 'stored_cache' });
  }],
];

/** Two wikis one after the other on the same data; the second never parses. */
async function twoWikis(db: (dataDir: string) => string | WikiRepository | undefined, first: (w: Wiki) => Promise<void> | void, second: (w: Wiki) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-pcache-'));
  try {
    const a = openWiki({ dataDir, db: db(dataDir) });
    try { await first(a); } finally { a.close(); }
    const b = openWiki({ dataDir, db: db(dataDir) });
    try { second(b); } finally { b.close(); }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function noParsing(wiki: Wiki): void {
  wiki.parser = new Proxy(wiki.parser, { get: () => { throw new Error('parsed although the output was stored'); } }) as Parser;
}

test('ParserOutput has the fields the round trip below compares', () => {
  assert.deepEqual(Object.keys(new ParserOutput()).sort(), [
    'categories', 'diagnostics', 'displayTitle', 'extensionData', 'externalLinks', 'flags', 'html', 'images', 'indicators',
    'interwikiLinks', 'languageLinks', 'limitReport', 'links', 'properties', 'sections', 'templates', 'titleText', 'tocHtml',
    'trackingCategories', 'volatile',
  ]);
});

for (const [name, database] of databases) {
  test(`${name}: after an import with jobs, a new Wiki renders Kagamine Len from the stored cache, every field equal`, { skip }, async () => {
    const db = database();
    let original: ParserOutput | null = null;
    await twoWikis(db, async (wiki) => {
      await importDump(wiki, putinpDump);
      assert.ok(wiki.runJobs() > 0);
      wiki.parserCache.clear();
      original = wiki.render(wiki.getPage('Kagamine Len')!);
      assert.equal(wiki.parserCache.storedHits, 1, 'the refreshLinks job stored it');
    }, (wiki) => {
      noParsing(wiki);
      const out = wiki.render(wiki.getPage('Kagamine Len')!);
      assert.equal(wiki.parserCache.storedHits, 1);
      assert.equal(wiki.parserCache.misses, 0);
      assert.ok(out.html.length > 1000 && out.sections.length > 0 && out.templates.size > 0 && out.links.size > 0);
      assert.deepStrictEqual(out, original);
    });
  });

  test(`${name}: stored outputs follow template changes, purges and deletions; clock-dependent ones are not stored`, async () => {
    const db = database();
    let goneKey = '';
    await twoWikis(db, (wiki) => {
      wiki.save({ title: 'Template:T', text: 'one' });
      wiki.save({ title: 'Uses', text: '{{T}} [[Uses]]' });
      wiki.save({ title: 'Plain', text: 'plain' });
      goneKey = wiki.parserCache.key(wiki.save({ title: 'Gone', text: 'gone' }).revision.revId, parserSettingsHash(wiki));
      assert.ok(wiki.repo.parserCacheStore!.getParserCache(goneKey, new Date().toISOString()), 'the save stored its render');
      wiki.save({ title: 'Clock', text: '{{CURRENTTIME}}' });
      wiki.render(wiki.getPage('Plain')!);
      wiki.purge('Plain');
      wiki.delete({ title: 'Gone', reason: 'test' });
    }, (wiki) => {
      wiki.save({ title: 'Template:T', text: 'two' });
      const uses = wiki.render(wiki.getPage('Uses')!);
      assert.match(uses.html, /two/, 'the stored output used an older template revision');
      assert.equal(wiki.parserCache.storedHits, 0);
      wiki.render(wiki.getPage('Plain')!);
      assert.equal(wiki.parserCache.storedHits, 1, 'the purge stored a fresh render');
      wiki.render(wiki.getPage('Clock')!);
      assert.equal(wiki.parserCache.storedHits, 1);
      assert.equal(wiki.parserCache.misses, 2);
      assert.equal(wiki.repo.parserCacheStore!.getParserCache(goneKey, new Date().toISOString()), null, 'the deletion dropped it');
    });
  });
}
