import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha1Base36 } from '../storage/sha1.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { DumpPageError } from './dump-errors.ts';
import { importDump } from './import-dump.ts';
import { dumpXml, stringStream } from './test-dumps.ts';

const page = (title: string, ns: number, text: string, extra = '') => `
  <page>
    <title>${title}</title>
    <ns>${ns}</ns>
    <revision>
      <timestamp>2020-01-01T00:00:00Z</timestamp>
      <contributor><username>Ann</username><id>3</id></contributor>
      ${extra}<text xml:space="preserve">${text}</text>
    </revision>
  </page>`;

const fandom = '<namespace key="500" case="first-letter">User blog</namespace><namespace key="1200" case="first-letter">Message Wall</namespace>';

test('Fandom namespaces are kept under their numbers and names from <siteinfo>', withTestWiki(async (wiki) => {
  await importDump(wiki, stringStream(dumpXml(page('User blog:Ann/First post', 500, 'Hello') + page('Message Wall:Ann', 1200, 'Hi'), fandom)));
  assert.equal(wiki.repo.getPage(500, 'Ann/First_post')?.namespace, 500);
  assert.equal(wiki.titles.parse('Message Wall:Ann')?.ns, 1200);
  assert.equal(wiki.getPage('User blog:Ann/First post')?.revision.text, 'Hello');
}));

test('a namespace the dump does not declare stops the import, naming page and line; pages before it are kept', withTestWiki(async (wiki) => {
  const xml = dumpXml(page('A', 0, 'a') + page('Board Thread:B', 2000, 'b') + page('C', 0, 'c'));
  await assert.rejects(importDump(wiki, stringStream(xml)), (err: Error) => {
    assert.ok(err instanceof DumpPageError);
    assert.equal(err.message, 'page "Board Thread:B" at line 20: namespace 2000 is not declared in the dump\'s <siteinfo>');
    return true;
  });
  assert.ok(wiki.getPage('A'));
  assert.equal(wiki.getPage('C'), null);
}));

test('over-size texts and texts that do not match their sha1 are refused; skipInvalid reports them and goes on', withTestWiki(async (wiki) => {
  const xml = dumpXml(page('Big', 0, 'x'.repeat(50)) + page('Bad', 0, 'text', '<sha1>notthehash</sha1>') + page('Good', 0, 'ok', `<sha1>${sha1Base36('ok')}</sha1>`));
  await assert.rejects(importDump(wiki, stringStream(xml), { maxRevisionBytes: 40 }), /^Error: page "Big" at line 11: revision \? \(line 14\) has 50 bytes of text, more than the limit of 40$/);
  await assert.rejects(importDump(wiki, stringStream(xml)), /^Error: page "Bad" at line 20: revision \? \(line 23\): text does not match its sha1 notthehash$/);
  const warnings: string[] = [];
  const stats = await importDump(wiki, stringStream(xml), { maxRevisionBytes: 40, skipInvalid: true, onWarning: (w) => warnings.push(w) });
  assert.equal(stats.skippedPages, 2);
  assert.equal(stats.pages, 1);
  assert.deepEqual(warnings.map((w) => w.replace(/:.*/, '')), ['page skipped', 'page skipped']);
  assert.ok(wiki.getPage('Good'));
  assert.ok(wiki.getPage('Big'), 'imported by the run without a size limit, before it stopped at "Bad"');
  assert.equal(wiki.getPage('Bad'), null);
}));

test('empty revision texts are imported and reported', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, stringStream(dumpXml(page('Blank', 0, ''))));
  assert.equal(stats.emptyTexts, 1);
  assert.deepEqual(stats.warnings, ['line 14: page "Blank" revision ? has empty text']);
  assert.equal(wiki.getPage('Blank')?.revision.text, '');
}));

test('pages without <model> get MediaWiki\'s default model and format by title', withTestWiki(async (wiki) => {
  const ns = '<namespace key="8" case="first-letter">MediaWiki</namespace><namespace key="828" case="first-letter">Module</namespace>';
  await importDump(wiki, stringStream(dumpXml(
    page('Module:Data', 828, 'return {}') + page('Module:Data/doc', 828, 'Docs') + page('MediaWiki:Common.css', 8, 'a{}')
    + page('MediaWiki:Common.js', 8, 'x()') + page('Template:T', 10, 'y', '<model>wikitext</model><format>text/x-wiki</format>'), ns)));
  const model = (t: string) => { const v = wiki.getPage(t)!; return `${v.revision.model} ${v.revision.format}`; };
  assert.equal(model('Module:Data'), 'Scribunto text/plain');
  assert.equal(model('Module:Data/doc'), 'wikitext text/x-wiki');
  assert.equal(model('MediaWiki:Common.css'), 'css text/css');
  assert.equal(model('MediaWiki:Common.js'), 'javascript text/javascript');
  assert.equal(model('Template:T'), 'wikitext text/x-wiki');
}));

test('a revision whose text was left out (stub dumps) is refused, not imported empty', withTestWiki(async (wiki) => {
  const stub = dumpXml(page('Stub', 0, '').replace('<text xml:space="preserve"></text>', '<text bytes="120" sha1="abc" location="tt:77" id="77" />'));
  await assert.rejects(importDump(wiki, stringStream(stub)), /^Error: page "Stub" at line 11: revision \? \(line 14\) has no text, though <text bytes="120">: a stub dump without page texts\?$/);
  assert.equal(wiki.getPage('Stub'), null);
}));
