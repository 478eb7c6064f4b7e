/**
 * Page data on the putinp-wiki fixture: infobox items stored by the import's refreshLinks
 * jobs, {{#pagedata:}} on a page, and an edit to a character's infobox reaching the querying
 * page once the job queue has run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { importDump } from '../dump/import-dump.ts';
import { putinpDump } from '../dump/test-dumps.ts';
import { rebuildLinks } from '../wiki/refresh-links.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import type { Wiki } from '../wiki/wiki.ts';

const skip = existsSync(putinpDump) ? false : 'shared fixture not found';

async function imported(wiki: Wiki): Promise<void> {
  await importDump(wiki, putinpDump);
  if (wiki.repo.countJobs(3).queued > 0) wiki.runJobs();
  else rebuildLinks(wiki);
}

function listed(html: string): string[] {
  return [...html.matchAll(/<li><a [^>]*title="([^"]+)"/g)].map((m) => m[1]);
}

test('page data: Kagamine Len has eyes=Blue and hair=Blonde after the import', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  const len = wiki.repo.getPage(0, 'Kagamine_Len')!;
  const data = wiki.repo.pageData.getPageData(len.pageId);
  const value = (source: string) => data.find((i) => i.source === source)?.value;
  assert.equal(value('eyes'), 'Blue');
  assert.equal(value('hair'), 'Blonde');
  assert.equal(value('first'), "Don't Leave Me Alone.", 'a link is kept as its text');
  assert.equal(value('color'), 'Light blue (Part 1); Yellow (Part 2-4)\nRed (Original programming)');
  const eyes = data.find((i) => i.source === 'eyes')!;
  assert.deepEqual([eyes.label, eyes.template, eyes.infobox], ['Eye Color', 'Template:Infobox character', 0]);
  const template = wiki.repo.getPage(10, 'Infobox_character')!;
  assert.deepEqual(wiki.repo.pageData.getPageData(template.pageId).filter((i) => i.source === 'eyes'), [], 'the template page has no values');
}));

test('page data: {{#pagedata:}} lists the male characters and follows an infobox edit', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  wiki.save({ title: 'Male characters', text: '{{#pagedata: source=gender | value=Male | format=list}}\n\nCount: {{#pagedata: gender | value=male | category=Characters | format=count}}' });
  let html = wiki.render(wiki.getPage('Male characters')!).html;
  assert.deepEqual(listed(html), ['Camui Gackpo', 'Kagamine Len']);
  assert.match(html, /Count: 2/);
  const querying = wiki.repo.categoryMembers('Pages_using_page_data_queries', { type: 'page', limit: 5 }).map((m) => m.page.dbKey);
  assert.deepEqual(querying, ['Male_characters']);

  const miku = wiki.getPage('Hatsune Miku')!;
  wiki.save({ title: 'Hatsune Miku', text: miku.revision.text.replace(/\|gender\s*= Female/, '|gender = Male'), baseRevId: miku.revision.revId });
  assert.ok(wiki.repo.countJobs(3).queued >= 1, 'the querying page is queued');
  wiki.runJobs();
  html = wiki.render(wiki.getPage('Male characters')!).html;
  assert.deepEqual(listed(html), ['Camui Gackpo', 'Hatsune Miku', 'Kagamine Len']);
  assert.match(html, /Count: 3/);

  const rin = wiki.getPage('Kagamine Rin')!;
  wiki.save({ title: 'Kagamine Rin', text: `${rin.revision.text}\n\nMore prose.`, baseRevId: rin.revision.revId });
  assert.equal(wiki.repo.countJobs(3).queued, 0, 'an edit that leaves the infobox alone queues nothing');
}));

test('page data: a table of characters by field, sorted, with errors for bad arguments', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  wiki.save({ title: 'Vocaloids', text: '{{#pagedata: source=classification | fields=romanization,gender | sort=romanization | order=desc}}\n{{#pagedata: value=Blue}}\n{{#pagedata: eyes | format=grid}}' });
  const html = wiki.render(wiki.getPage('Vocaloids')!).html;
  const table = /<table class="wikitable sortable pagedata-table">[^]*?<\/table>/.exec(html)?.[0] ?? '';
  assert.match(table, /<th>Page<\/th>\s*<th>romanization<\/th>\s*<th>gender\s*<\/th>/);
  const rows = [...table.matchAll(/<tr>\s*<td><a [^>]*title="([^"]+)"[^]*?<\/tr>/g)].map((m) => m[1]);
  assert.deepEqual(rows, ['Kagamine Rin', 'Kagamine Len', 'Hatsune Miku']);
  assert.match(table, /<td>Female\s*<\/td>/);
  assert.match(html, /<strong class="error">Page data error: The &quot;source&quot; argument is required.<\/strong>/);
  assert.match(html, /<strong class="error">Page data error: Invalid format &quot;grid&quot;: use table, list or count.<\/strong>/);
}));
