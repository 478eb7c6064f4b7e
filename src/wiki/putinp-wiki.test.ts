/**
 * The wiki around the pages, on the putinp-wiki fixture: link tables filled by the import,
 * category membership, backlinks, template changes reaching dependent pages through the job
 * queue, and deletion with undeletion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { importDump } from '../dump/import-dump.ts';
import { putinpDump } from '../dump/test-dumps.ts';
import { rebuildLinks } from './refresh-links.ts';
import { withTestWiki } from './test-wiki.ts';
import type { Wiki } from './wiki.ts';

const skip = existsSync(putinpDump) ? false : 'shared fixture not found';

/** Imports the fixture; the import queues a refreshLinks job per page, run here. */
async function imported(wiki: Wiki): Promise<void> {
  await importDump(wiki, putinpDump);
  if (wiki.repo.countJobs(3).queued > 0) wiki.runJobs();
  else rebuildLinks(wiki);
  assert.equal(wiki.repo.getLinks(wiki.repo.getPage(0, 'Len')!.pageId).redirect?.dbKey, 'Kagamine_Len');
}

test('Category:Characters lists its five characters in sort-key order', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  const members = wiki.repo.categoryMembers('Characters', { type: 'page', limit: 200 });
  assert.deepEqual(members.map((m) => m.page.dbKey), ['Camui_Gackpo', 'Hatsune_Miku', 'Irina', 'Kagamine_Len', 'Kagamine_Rin']);
  assert.deepEqual(wiki.repo.categoryCounts('Characters'), { page: 5, subcat: 0, file: 0 });
  const category = wiki.repo.getPage(14, 'Characters')!;
  assert.deepEqual(wiki.repo.getLinks(category.pageId).categories.map((c) => [c.category, c.type]), [['Browse', 'subcat']]);
}));

test('WhatLinksHere/Kagamine_Rin lists Kagamine Len; templates and redirects are recorded', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  const linking = wiki.repo.backlinks('pagelinks', { namespace: 0, dbKey: 'Kagamine_Rin' }, { limit: 50 }).map((p) => p.dbKey);
  assert.ok(linking.includes('Kagamine_Len'), linking.join());
  const quoteUsers = wiki.repo.backlinks('templatelinks', { namespace: 10, dbKey: 'Quote' }, { limit: 50 }).map((p) => p.dbKey);
  assert.deepEqual(quoteUsers, ['Kagamine_Len', 'Quote'], 'the article, and the template through its documentation example');
  assert.deepEqual(wiki.repo.redirectsTo({ namespace: 0, dbKey: 'Kagamine_Len' }, { limit: 5 }).map((p) => p.dbKey), ['Len']);
  const len = wiki.repo.getPage(0, 'Kagamine_Len')!;
  assert.ok(wiki.repo.getLinks(len.pageId).images.length > 0);
}));

test('editing Template:Quote changes Kagamine Len once the job queue has run', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  const before = wiki.render(wiki.getPage('Kagamine Len')!).html;
  assert.match(before, /class="quote"/);
  const quote = wiki.getPage('Template:Quote')!;
  wiki.save({ title: 'Template:Quote', text: quote.revision.text.replace('class="quote"', 'class="quote quote-changed"'), baseRevId: quote.revision.revId });
  assert.deepEqual(wiki.repo.countJobs(3), { queued: 1, claimed: 0, abandoned: 0 });
  assert.ok(wiki.runJobs() >= 2);
  assert.deepEqual(wiki.repo.countJobs(3), { queued: 0, claimed: 0, abandoned: 0 });
  const after = wiki.render(wiki.getPage('Kagamine Len')!).html;
  assert.match(after, /class="quote quote-changed"/);
  assert.doesNotMatch(after, /class="quote"/);
}));

test('a deleted then undeleted page has all its revisions back', { skip }, withTestWiki(async (wiki) => {
  await imported(wiki);
  const page = wiki.getPage('Kagamine Rin')!;
  wiki.save({ title: 'Kagamine Rin', text: `${page.revision.text}\n\nMore.`, baseRevId: page.revision.revId });
  const revisions = wiki.repo.listRevisions(page.page.pageId, { limit: 100 }).map((r) => r.revId);
  assert.ok(revisions.length >= 2);
  const deleted = wiki.delete({ title: 'Kagamine Rin', reason: 'test' });
  assert.equal(deleted.archived, revisions.length);
  assert.equal(wiki.getPage('Kagamine Rin'), null);
  assert.equal(wiki.repo.categoryMembers('Characters', { type: 'page', limit: 10 }).length, 4);
  const restored = wiki.undelete({ title: 'Kagamine Rin', reason: 'back' });
  assert.equal(restored.restored, revisions.length);
  assert.deepEqual(wiki.repo.listRevisions(restored.page.pageId, { limit: 100 }).map((r) => r.revId), revisions);
  assert.equal(wiki.repo.categoryMembers('Characters', { type: 'page', limit: 10 }).length, 5);
  assert.deepEqual(wiki.repo.listLog({ limit: 5 }).map((e) => `${e.type}/${e.action}`), ['delete/restore', 'delete/delete']);
}));
