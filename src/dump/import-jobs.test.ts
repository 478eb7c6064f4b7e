import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runJobs } from '../jobs/job-runner.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { importDump } from './import-dump.ts';
import { putinpDump } from './test-dumps.ts';

test('imported pages are queued for rendering and link tables; running the queue fills them', withTestWiki(async (wiki) => {
  const stats = await importDump(wiki, putinpDump);
  assert.equal(stats.queuedJobs, 9);
  assert.equal(wiki.repo.countJobs(3).queued, 9);
  assert.equal(runJobs(wiki), 9);
  const len = wiki.repo.getPage(0, 'Kagamine_Len')!;
  assert.ok(wiki.repo.countJobs(3).queued === 0);
  const again = await importDump(wiki, putinpDump);
  assert.equal(again.queuedJobs, 0, 'a page without new revisions is not queued again');
  const db = (wiki.repo as unknown as { db: import('better-sqlite3').Database }).db;
  const links = db.prepare('SELECT pl_title FROM pagelinks WHERE pl_from = ?').pluck().all(len.pageId) as string[];
  assert.ok(links.includes('Kagamine_Rin'), `links of Kagamine Len: ${links.join(', ')}`);
}));
