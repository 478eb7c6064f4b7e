import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { exportDump } from './export-dump.ts';
import { importDump } from './import-dump.ts';
import { collector, dumpXml, putinpDump, stringStream } from './test-dumps.ts';
import type { Wiki } from '../wiki/wiki.ts';

function snapshot(wiki: Wiki) {
  return [...wiki.repo.iteratePages({ currentOnly: false })].map(({ page, revisions }) => ({
    ns: page.namespace, dbKey: page.dbKey, id: page.pageId, redirect: page.isRedirect,
    revisions: [...revisions].map((r) => [r.revId, r.parentId, r.sha1, r.timestamp, r.userName, r.userId, r.minor, r.comment, r.model]),
  }));
}

test('an export re-imports to the same pages and sha1-equal texts', withTestWiki(async (source) => {
  await importDump(source, putinpDump);
  source.save({ title: 'Kagamine Len', text: 'Edited <b>&amp;</b> text', user: '203.0.113.9', minor: true, summary: 'a "quoted" <summary>' });
  const out = collector();
  const counts = await exportDump(source, out.stream);
  assert.deepEqual(counts, { pages: 9, revisions: 10, missing: [] });
  const xml = out.text();
  assert.match(xml, /^<mediawiki xmlns="http:\/\/www\.mediawiki\.org\/xml\/export-0\.11\/"/);
  assert.match(xml, /<ip>203\.0\.113\.9<\/ip>/);
  assert.match(xml, /<redirect title="Kagamine Len" \/>/);
  await withTestWiki(async (target) => {
    const stats = await importDump(target, stringStream(xml, 4096));
    assert.deepEqual(stats.warnings, []);
    assert.deepEqual(snapshot(target), snapshot(source));
  })();
}));

test('a current-only export holds one revision per page', withTestWiki(async (wiki) => {
  wiki.save({ title: 'A', text: 'one' });
  wiki.save({ title: 'A', text: 'two' });
  const out = collector();
  assert.deepEqual(await exportDump(wiki, out.stream, { currentOnly: true }), { pages: 1, revisions: 1, missing: [] });
  assert.doesNotMatch(out.text(), /one/);
  assert.match(out.text(), />two<\/text>/);
}));

test('deleted contributors, comments and unknown namespaces survive the round trip', withTestWiki(async (source) => {
  await importDump(source, stringStream(dumpXml(`
  <page><title>Blog:Entry</title><ns>500</ns><id>3</id>
    <revision><id>9</id><timestamp>2021-01-01T00:00:00Z</timestamp><contributor deleted="deleted" />
      <comment deleted="deleted" /><text xml:space="preserve">x</text></revision>
  </page>`, '<namespace key="500" case="first-letter">Blog</namespace>')));
  const out = collector();
  await exportDump(source, out.stream);
  assert.match(out.text(), /<namespace key="500" case="first-letter">Blog<\/namespace>/);
  assert.match(out.text(), /<contributor deleted="deleted" \/>/);
  await withTestWiki(async (target) => {
    await importDump(target, stringStream(out.text()));
    assert.deepEqual(snapshot(target), snapshot(source));
    assert.equal(target.repo.getRevision(9)?.deleted, 6);
  })();
}));

test('an export of one namespace, or of listed titles with full or current history', withTestWiki(async (wiki) => {
  await importDump(wiki, putinpDump);
  wiki.save({ title: 'Kagamine Len', text: 'second' });
  wiki.save({ title: 'Kagamine Len', text: 'third' });
  const templates = collector();
  assert.deepEqual(await exportDump(wiki, templates.stream, { namespace: 10 }), { pages: 2, revisions: 2, missing: [] });
  assert.deepEqual([...templates.text().matchAll(/<title>(.*)<\/title>/g)].map((m) => m[1]).sort(), ['Template:Infobox character', 'Template:Quote']);
  const listed = collector();
  const result = await exportDump(wiki, listed.stream, { titles: ['Kagamine_Len', 'Template:Quote', 'No such page', 'kagamine Len'] });
  assert.deepEqual(result, { pages: 2, revisions: 4, missing: ['No such page'] });
  const texts = [...listed.text().matchAll(/xml:space="preserve">([^<]*)</g)].map((m) => m[1]);
  assert.deepEqual(texts.slice(1, 3), ['second', 'third'], 'oldest first');
  const current = collector();
  assert.deepEqual(await exportDump(wiki, current.stream, { titles: ['Kagamine Len'], currentOnly: true }), { pages: 1, revisions: 1, missing: [] });
  assert.match(current.text(), />third<\/text>/);
}));
