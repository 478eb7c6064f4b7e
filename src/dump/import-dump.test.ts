import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha1Base36 } from '../storage/sha1.ts';
import { newRevision } from '../storage/test-factories.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { DumpFormatError } from './dump-types.ts';
import { importDump } from './import-dump.ts';
import { dumpXml, putinpDump, stringStream } from './test-dumps.ts';

test('the putinp fixture imports 9 pages with their texts and hashes', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, putinpDump);
  assert.equal(stats.pages, 9);
  assert.equal(wiki.repo.countPages(), 9);
  assert.deepEqual(stats.warnings, []);
  const len = wiki.getPage('Kagamine Len')!;
  assert.equal(len.page.pageId, 1);
  assert.equal(len.revision.revId, 101);
  assert.equal(len.revision.sha1, 'oopkspv72is9csa7sko9lg5l90jqdwe');
  assert.equal(len.revision.userName, 'FixtureBuilder');
  assert.match(len.revision.text, /^\{\{Infobox character/);
  assert.equal(wiki.getPage('Template:Infobox character')?.page.namespace, 10);
  const redirect = wiki.getPage('Len')!;
  assert.equal(redirect.page.isRedirect, true);
  assert.equal(redirect.redirectTarget?.prefixedText, 'Kagamine Len');
  // The dump's site name and its namespaces (Forum, User blog) are adopted.
  assert.equal(wiki.config.wgSitename, 'Putin-P Series Wiki');
  assert.equal(wiki.titles.parse('Forum:Index')?.ns, 110);
}));

test('importing the same dump twice adds nothing', withTestWiki(async (wiki) => {
  await importDump(wiki, putinpDump);
  const again = await importDump(wiki, putinpDump);
  assert.equal(again.pages, 0);
  assert.equal(again.revisions, 0);
  assert.equal(again.skippedRevisions, 9);
  assert.equal(wiki.repo.countPages(), 9);
  assert.equal(wiki.history('Kagamine Len')!.revisions.length, 1);
}));

const history = dumpXml(`
  <page>
    <title>Template:Box</title>
    <ns>10</ns>
    <id>5</id>
    <revision>
      <id>20</id>
      <timestamp>2020-01-01T00:00:00Z</timestamp>
      <contributor><ip>192.0.2.7</ip></contributor>
      <comment>first &amp; best</comment>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="5" xml:space="preserve">a &lt; b</text>
      <sha1>${sha1Base36('a < b')}</sha1>
    </revision>
    <revision>
      <id>21</id>
      <parentid>20</parentid>
      <timestamp>2020-01-02T00:00:00Z</timestamp>
      <contributor deleted="deleted" />
      <minor />
      <comment deleted="deleted" />
      <text xml:space="preserve"><![CDATA[second <b>]]></text>
      <sha1>${sha1Base36('second <b>')}</sha1>
    </revision>
  </page>
  <page>
    <title>Forum:Rules</title>
    <ns>110</ns>
    <id>6</id>
    <revision>
      <id>22</id>
      <timestamp>2020-01-03T00:00:00Z</timestamp>
      <contributor><username>Ann</username><id>3</id></contributor>
      <text xml:space="preserve">Be kind.</text>
    </revision>
  </page>`, '<namespace key="110" case="first-letter">Forum</namespace>');

test('all revisions with contributors, minor flags, comments, deletions and unknown namespaces', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, stringStream(history, 17));
  assert.equal(stats.revisions, 3);
  assert.deepEqual(stats.warnings, []);
  const revs = wiki.history('Template:Box')!.revisions;
  assert.deepEqual(revs.map((r) => [r.revId, r.parentId, r.userName, r.userId, r.minor, r.comment, r.deleted]), [
    [21, 20, '', null, true, '', 6],
    [20, null, '192.0.2.7', null, false, 'first & best', 0],
  ]);
  assert.equal(wiki.getPage('Template:Box')!.revision.text, 'second <b>');
  assert.equal(wiki.repo.getRevision(20)!.text, 'a < b');
  const forum = wiki.repo.getPage(110, 'Rules')!;
  assert.equal(wiki.repo.getLatestRevision(forum.pageId)!.userId, 3);
  assert.equal(wiki.getPage('Forum:Rules')?.page.pageId, 6);
}));

test('a truncated dump is a one-line error and leaves no half page', withTestWiki(async (wiki) => {
  const cut = history.slice(0, history.indexOf('Be kind.'));
  await assert.rejects(importDump(wiki, stringStream(cut)), (err: Error) => {
    assert.ok(err instanceof DumpFormatError);
    assert.match(err.message, /^malformed XML dump at line \d+, column \d+ \(in page "Forum:Rules" from line \d+\): .+$/);
    assert.doesNotMatch(err.message, /\n/);
    return true;
  });
  assert.ok(wiki.getPage('Template:Box'), 'the complete page before the cut is kept');
  assert.equal(wiki.repo.getPage(110, 'Rules'), null);
}));

test('malformed XML reports its line and column', withTestWiki(async (wiki) => {
  const bad = dumpXml('  <page>\n    <title>A</title>\n    <ns>0</ns>\n    <revision><timestamp>2020-01-01T00:00:00Z</timestamp><text>x</txt></revision>\n  </page>');
  await assert.rejects(importDump(wiki, stringStream(bad)), /malformed XML dump at line 13, column \d+ \(in page "A" from line 10\): /);
  assert.equal(wiki.repo.countPages(), 0);
  await assert.rejects(importDump(wiki, stringStream('<html></html>')), /expected <mediawiki> as the root element/);
  await assert.rejects(importDump(wiki, stringStream('')), /malformed XML dump at line 1, column 0/);
}));

test('revision ids taken by another page get fresh ids; the history still chains', withTestWiki(async (wiki) => {
  wiki.repo.saveRevision(newRevision({ dbKey: 'Other', revId: 20, pageId: 5 }));
  wiki.repo.saveRevision(newRevision({ dbKey: 'Other', revId: 21 }));
  await importDump(wiki, stringStream(history));
  const box = wiki.getPage('Template:Box')!;
  assert.notEqual(box.page.pageId, 5);
  const revs = wiki.history('Template:Box')!.revisions;
  assert.equal(revs.length, 2);
  assert.ok(revs.every((r) => r.revId > 21), `fresh ids, got ${revs.map((r) => r.revId)}`);
  assert.equal(revs[0].parentId, revs[1].revId);
  assert.equal(wiki.history('Other')!.revisions.length, 2);
  const again = await importDump(wiki, stringStream(history));
  assert.equal(again.revisions, 0);
}));
