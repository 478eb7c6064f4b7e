import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runKagami } from '../cli/run-kagami.ts';
import { openWiki, type Wiki } from '../wiki/wiki.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { importDump, ImportInterrupted } from './import-dump.ts';
import { writeSyntheticDump } from './synthetic-dump.ts';
import { repoRoot } from './test-dumps.ts';

let tmp: string;
let dump: string;
const pages = 1500;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kagami-resume-'));
  dump = join(tmp, 'synthetic.xml');
  await writeSyntheticDump(dump, { pages });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Everything an import writes that must not depend on interruptions. */
function snapshot(wiki: Wiki) {
  const db = (wiki.repo as unknown as { db: Database.Database }).db;
  return {
    pages: db.prepare('SELECT page_id, page_namespace, page_title, page_is_redirect, page_content_model, page_latest, page_len FROM page ORDER BY page_id').all(),
    revisions: db.prepare('SELECT rev_id, rev_page, rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment, rev_minor_edit, rev_sha1, rev_len, rev_content_model, rev_content_format FROM revision ORDER BY rev_id').all(),
    texts: db.prepare('SELECT count(*) AS n FROM content').get(),
  };
}

function snapshotOf(dataDir: string) {
  const wiki = openWiki({ dataDir });
  try {
    return snapshot(wiki);
  } finally {
    wiki.close();
  }
}

function checkpointPages(dataDir: string): number {
  const file = join(dataDir, 'wiki.sqlite');
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT meta_value FROM meta WHERE meta_key LIKE 'import-checkpoint:%'").pluck().get() as string | undefined;
      return row ? (JSON.parse(row) as { pagesDone: number }).pagesDone : 0;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or locked for a moment
  }
}

test('an import stopped by its signal resumes after the committed batches and ends the same', async () => {
  const whole = join(tmp, 'whole');
  assert.equal((await runKagami(['import', dump, '--data', whole, '--quiet'])).code, 0);
  await withTestWiki(async (wiki) => {
    const stop = new AbortController();
    await assert.rejects(importDump(wiki, dump, { batchPages: 25, signal: stop.signal, onProgress: (s) => { if (s.pages >= 200) stop.abort(); } }), ImportInterrupted);
    const partial = wiki.repo.countPages();
    assert.ok(partial >= 200 && partial < pages, `stopped part way, at ${partial}`);
    const stats = await importDump(wiki, dump);
    assert.equal(stats.resumedPages, partial);
    assert.equal(stats.pages, pages - partial);
    assert.equal(stats.skippedRevisions, 0, 'nothing read twice');
    assert.deepEqual(snapshot(wiki), snapshotOf(whole));
    const again = await importDump(wiki, dump);
    assert.deepEqual([again.resumedPages, again.pages, again.revisions], [0, 0, 0], 'a finished import is read again from the top and adds nothing');
  })();
});

test('an import killed with SIGKILL midway resumes with the same command and matches an uninterrupted one', async () => {
  const whole = join(tmp, 'whole');
  if (!existsSync(whole)) assert.equal((await runKagami(['import', dump, '--data', whole, '--quiet'])).code, 0);
  const data = join(tmp, 'killed');
  const args = [join(repoRoot, 'bin/kagami.js'), 'import', dump, '--data', data, '--batch', '20', '--quiet'];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, KAGAMI_DB: '' } });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let done = 0;
  for (let tries = 0; tries < 3000 && done < 200 && child.exitCode === null; tries++) {
    await new Promise((r) => setTimeout(r, 10));
    done = checkpointPages(data);
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the import was still running when killed');
  const committed = checkpointPages(data);
  assert.ok(committed >= 200 && committed < pages, `killed part way, at ${committed}`);
  const resumed = await runKagami(['import', dump, '--data', data, '--quiet']);
  assert.equal(resumed.code, 0, resumed.stderr);
  const m = /; resumed after (\d+) pages done before/.exec(resumed.stdout);
  assert.ok(m && Number(m[1]) >= committed, resumed.stdout);
  assert.doesNotMatch(resumed.stdout, /already present/, 'no page was read twice');
  assert.deepEqual(snapshotOf(data), snapshotOf(whole));
});

test('Ctrl-C stops the import after the current batch with a message; the same command resumes', async () => {
  const data = join(tmp, 'interrupted');
  const args = [join(repoRoot, 'bin/kagami.js'), 'import', dump, '--data', data, '--batch', '20', '--quiet'];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KAGAMI_DB: '' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let tries = 0; tries < 3000 && checkpointPages(data) < 100 && child.exitCode === null; tries++) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGINT');
  assert.equal(await exited, 130, stderr);
  assert.equal(stderr, 'kagami: import interrupted: run the same command again to resume\n');
  const committed = checkpointPages(data);
  assert.ok(committed >= 100 && committed < pages, `stopped part way, at ${committed}`);
  const resumed = await runKagami(['import', dump, '--data', data, '--quiet']);
  assert.match(resumed.stdout, new RegExp(`^imported ${pages - committed} pages .*; resumed after ${committed} pages done before\\n`));
});
