import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { importDump } from './import-dump.ts';
import { sharedDir } from './test-dumps.ts';

test('the kancolle Fandom dump (8,082 pages) imports cleanly', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, `${sharedDir}corpus/kancolle/dump.xml`);
  assert.deepEqual([stats.pages, stats.revisions, stats.skippedPages], [8082, 8082, 0]);
  // Seven pages (Template:Special Type, Category:Main Page ...) are empty: imported, and reported.
  assert.equal(stats.emptyTexts, 7);
  assert.equal(stats.warningCount, 7);
  assert.equal(wiki.getPage('Template:Special Type')?.revision.text, '');
  const db = (wiki.repo as unknown as { db: import('better-sqlite3').Database }).db;
  const count = (sql: string) => db.prepare(sql).pluck().get();
  // The corpus README's figures: ns 0 has 3,010 articles and 1,584 redirects; 1,280 modules and 79 module redirects.
  assert.equal(count('SELECT count(*) FROM page WHERE page_namespace = 0 AND page_is_redirect = 0'), 3010);
  assert.equal(count('SELECT count(*) FROM page WHERE page_namespace = 0 AND page_is_redirect = 1'), 1584);
  assert.equal(count("SELECT count(*) FROM page WHERE page_namespace = 828 AND page_content_model = 'Scribunto'"), 1280);
  assert.equal(count('SELECT count(*) FROM page WHERE page_namespace = 828 AND page_is_redirect = 1'), 79);
  assert.equal(count("SELECT count(*) FROM page WHERE page_namespace = 8 AND page_content_model = 'css'"), 6);
  assert.equal(count("SELECT count(*) FROM page WHERE page_namespace = 8 AND page_content_model = 'javascript'"), 18);
  assert.equal(wiki.getPage('Main Page')?.redirectTarget?.prefixedText, 'KanColle Wiki');
  assert.ok(wiki.titles.parse('Message Wall:Somebody')?.ns === 1200, 'Fandom namespaces from <siteinfo>');
}));

test('the Greek Wikipedia sample (933 pages, export-0.10) imports cleanly', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, `${sharedDir}corpus/wikipedia/elwiki-sample.xml`);
  assert.deepEqual([stats.pages, stats.revisions, stats.skippedPages], [933, 933, 0]);
  // Three old texts were saved with CR LF line ends; XML reads them with LF, so their sha1 is checked against that.
  assert.equal(stats.warningCount, 3);
  assert.ok(stats.warnings.every((w) => /was saved with CR LF line ends/.test(w)));
  assert.equal(wiki.config.wgSitename, 'Βικιπαίδεια');
  assert.equal(wiki.repo.getPage(8, 'Sysoptext')?.pageId, 314);
  assert.equal(wiki.repo.getRevision(26631)?.parentId, null, 'a parent outside the dump is not linked');
}));
