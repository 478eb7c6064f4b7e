import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiki } from '../wiki/wiki.ts';
import { repoRoot, runKagami } from './run-kagami.ts';

const fixture = join(repoRoot, '../shared/fixtures/putinp-wiki');
const dump = join(fixture, 'dump.xml');
let tmp: string;
let data: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kagami-cli-'));
  data = join(tmp, 'data');
  const result = await runKagami(['import', dump, '--data', data, '--settings', join(fixture, 'settings.json')]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^imported 9 pages \(9 revisions\)/);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

function pagesAndHashes(dataDir: string) {
  const wiki = openWiki({ dataDir });
  try {
    return [...wiki.repo.iteratePages({ currentOnly: false })]
      .map(({ page, revisions }) => `${page.namespace}:${page.dbKey} ${[...revisions].map((r) => r.sha1).join(',')}`)
      .sort();
  } finally {
    wiki.close();
  }
}

test('import keeps the settings and all 9 pages of the fixture', () => {
  const pages = pagesAndHashes(data);
  assert.equal(pages.length, 9);
  assert.ok(pages.includes('0:Kagamine_Len oopkspv72is9csa7sko9lg5l90jqdwe'));
  assert.equal(JSON.parse(readFileSync(join(data, 'settings.json'), 'utf8')).wgSitename, 'RefWiki');
});

test('render prints the page HTML; an unknown title is a one-line error', async () => {
  const ok = await runKagami(['render', 'Kagamine Len', '--data', data]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /Len is the only main character in the series who has never held a gun\./);
  const missing = await runKagami(['render', 'No such page', '--data', data]);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, `kagami: no page titled "No such page" in ${data}\n`);
  const invalid = await runKagami(['render', 'Bad[title', '--data', data]);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /^kagami: invalid title: "Bad\[title"\n$/);
});

test('export re-imports into a fresh dir with the same pages and texts', async () => {
  const exported = await runKagami(['export', '--data', data]);
  assert.equal(exported.code, 0, exported.stderr);
  const file = join(tmp, 'export.xml');
  writeFileSync(file, exported.stdout);
  const fresh = join(tmp, 'fresh');
  const imported = await runKagami(['import', file, '--data', fresh]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.deepEqual(pagesAndHashes(fresh), pagesAndHashes(data));
  const current = await runKagami(['export', '--data', data, '--current']);
  assert.equal((current.stdout.match(/<revision>/g) ?? []).length, 9);
});

test('a truncated dump gives a clear error and no half page', async () => {
  const text = readFileSync(dump, 'utf8');
  const cut = join(tmp, 'truncated.xml');
  writeFileSync(cut, text.slice(0, text.indexOf('<title>Hatsune Miku</title>') + 200));
  const target = join(tmp, 'truncated');
  const result = await runKagami(['import', cut, '--data', target]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^kagami: malformed XML dump at line \d+, column \d+ \(in page "Hatsune Miku" from line \d+\): [^\n]+\n$/);
  const pages = pagesAndHashes(target).map((p) => p.split(' ')[0]);
  assert.ok(pages.includes('0:Kagamine_Rin'), 'pages before the cut are kept');
  assert.ok(!pages.includes('0:Hatsune_Miku'), 'the cut page is not stored');
});

test('parse reads wikitext from stdin and uses the wiki around it', async () => {
  const result = await runKagami(['parse', '--title', 'Scratch', '--data', data], { stdin: "''Mirror'' text\n" });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /<i>Mirror<\/i> text/);
  const noWiki = await runKagami(['parse', '--data', join(tmp, 'nowhere')], { stdin: 'plain' });
  assert.equal(noWiki.code, 0, noWiki.stderr);
  assert.match(noWiki.stdout, /plain/);
});

test('bad input: unknown commands and options, missing files, PostgreSQL', async () => {
  const unknown = await runKagami(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr.split('\n').length, 2);
  const option = await runKagami(['export', '--data', data, '--bogus']);
  assert.equal(option.code, 2);
  const nofile = await runKagami(['import', join(tmp, 'absent.xml'), '--data', data]);
  assert.equal(nofile.code, 1);
  assert.match(nofile.stderr, /^kagami: dump file not found: /);
  const pg = await runKagami(['import', dump, '--data', join(tmp, 'pg')], { env: { KAGAMI_DB: 'postgres://wiki@127.0.0.1:1/wiki' } });
  assert.equal(pg.code, 1);
  assert.match(pg.stderr, /^kagami: cannot connect to PostgreSQL at postgres:\/\/wiki@127\.0\.0\.1:1\/wiki: /);
  assert.equal(pg.stderr.split('\n').length, 2);
});
