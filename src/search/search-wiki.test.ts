/**
 * The index kept current by the wiki's operations (save, delete, undelete, move) and built
 * in bulk by an import, then refined by the refreshLinks jobs the import queued.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { importDump } from '../dump/import-dump.ts';
import { putinpDump } from '../dump/test-dumps.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { rebuildSearchIndex } from './rebuild-search-index.ts';
import { searchIndexFor } from './search-index-for.ts';
import type { SearchWhat } from './search-index.ts';

const admin = { rights: ['delete', 'undelete', 'move', 'suppressredirect'] };
const found = (wiki: Wiki, query: string, what: SearchWhat = 'text') =>
  searchIndexFor(wiki.repo)!.search(query, { what, limit: 20 }).hits.map((h) => h.dbKey).sort();

test('a save indexes the rendered text: templates expanded, markup gone', withTestWiki((wiki) => {
  wiki.save({ title: 'Template:Greeting', text: 'Greetings from the <b>orchard</b>' });
  wiki.save({ title: 'Apple', text: "'''Apples''' grow in trees. {{Greeting}}\n[[Category:Fruit]]" });
  assert.deepEqual(found(wiki, 'orchard'), ['Apple', 'Greeting']);
  assert.deepEqual(found(wiki, 'fruit'), [], 'category links are not text');
  const hit = searchIndexFor(wiki.repo)!.search('apples', { what: 'text', limit: 1 }).hits[0];
  assert.equal(hit.snippet, '<span class="searchmatch">Apples</span> grow in trees. Greetings from the orchard');
  const apple = wiki.getPage('Apple')!;
  wiki.save({ title: 'Apple', text: 'Pears now.', baseRevId: apple.revision.revId });
  assert.deepEqual(found(wiki, 'apples'), []);
  assert.deepEqual(found(wiki, 'pears'), ['Apple']);
}));

test('delete removes the entry, undelete brings it back, a move renames it', withTestWiki((wiki) => {
  wiki.save({ title: 'Banana', text: 'A yellow fruit.' });
  wiki.delete({ title: 'Banana', ...admin });
  assert.deepEqual(found(wiki, 'yellow'), []);
  wiki.undelete({ title: 'Banana', ...admin });
  assert.deepEqual(found(wiki, 'yellow'), ['Banana']);
  wiki.move({ from: 'Banana', to: 'Plantain', ...admin });
  assert.deepEqual(found(wiki, 'yellow'), ['Plantain']);
  assert.deepEqual(found(wiki, 'plantain', 'title'), ['Plantain']);
  assert.deepEqual(found(wiki, 'banana', 'title'), ['Banana'], 'the redirect left behind');
  assert.deepEqual(found(wiki, 'plantain'), ['Plantain'], 'the redirect is not a text match');
}));

test('an import builds the index in bulk; the refreshLinks jobs then index the rendered text', { skip: existsSync(putinpDump) ? false : 'shared fixture not found' }, withTestWiki(async (wiki) => {
  await importDump(wiki, putinpDump);
  const index = searchIndexFor(wiki.repo)!;
  assert.equal(index.count(), 9);
  assert.deepEqual(index.pagesToIndex(0, 100), [], 'every page is current');
  assert.ok(found(wiki, '"Abe-san"').includes('Kagamine_Len'));
  assert.deepEqual(found(wiki, 'kagamine', 'title'), ['Kagamine_Len', 'Kagamine_Rin']);
  assert.deepEqual(found(wiki, 'len', 'title'), ['Kagamine_Len', 'Len'], 'the redirect too, by its title');
  assert.deepEqual(rebuildSearchIndex(wiki).indexed, 0, 'nothing left to index');
  assert.equal(rebuildSearchIndex(wiki, { all: true }).indexed, 9);
  wiki.runJobs();
  assert.ok(found(wiki, '"Abe-san"').includes('Kagamine_Len'));
  assert.ok(found(wiki, '"technical information"').includes('Kagamine_Len'), 'the infobox as rendered');
  assert.deepEqual(found(wiki, 'contents'), [], 'not the table of contents');
  assert.deepEqual(index.pagesToIndex(0, 100), []);
}));
