/**
 * Exports read by MediaWiki itself: a wiki imported here is exported, loaded into the
 * reference MediaWiki 1.39 with its importDump.php, and every page and revision text is
 * compared. Needs the reference MediaWiki (Debian's package; scripts/test.sh installs it):
 * without it the test is skipped, or fails when $CI is set. The kancolle round trip (8,082
 * pages, some minutes of importDump.php) runs when $CI or $KAGAMI_SLOW_TESTS is set.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sha1Base36 } from '../storage/sha1.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { exportDump } from './export-dump.ts';
import { importDump } from './import-dump.ts';
import { putinpDump, sharedDir } from './test-dumps.ts';

const mediawiki = '/usr/share/mediawiki';
const installed = existsSync(`${mediawiki}/maintenance/importDump.php`) && spawnSync('sh', ['-c', 'command -v php']).status === 0;
const ci = Boolean(process.env.CI);
const missing = 'the reference MediaWiki is not installed: run ../shared/tools/mediawiki-ref.sh (or scripts/test.sh as root)';
const skip = installed || ci ? false : missing;
const slow = ci || Boolean(process.env.KAGAMI_SLOW_TESTS);
let tmp: string;

before(() => { tmp = mkdtempSync(join(tmpdir(), 'kagami-mwexport-')); });
after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

/** A fresh reference MediaWiki in its own directory; returns its LocalSettings.php. */
function freshMediaWiki(name: string): string {
  assert.ok(installed, missing);
  const dir = join(tmp, name);
  const setup = spawnSync(`${sharedDir}tools/mediawiki-ref.sh`, [], { env: { ...process.env, MWREF_DIR: dir }, encoding: 'utf8' });
  assert.equal(setup.status, 0, setup.stderr);
  return join(dir, 'LocalSettings.php');
}

function mwImport(settings: string, file: string): void {
  const run = spawnSync('php', ['maintenance/importDump.php', '--no-updates', '--quiet', file], {
    cwd: mediawiki, env: { ...process.env, MW_CONFIG_FILE: settings }, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  assert.equal(run.status, 0, `importDump.php failed: ${run.stderr || run.stdout}`);
}

/** Pages as "ns:dbKey" → the revisions' timestamps and text hashes, oldest first. */
type History = Map<string, string[]>;

function kagamiHistory(wiki: Wiki): History {
  const out: History = new Map();
  for (const { page, revisions } of wiki.repo.iteratePages({ currentOnly: false })) {
    out.set(`${page.namespace}:${page.dbKey}`, [...revisions].map((r) => `${r.timestamp.replace(/\D/g, '')} ${sha1Base36(r.text)}`));
  }
  return out;
}

function mediawikiHistory(settings: string, afterRevId: number): History {
  const db = new Database(join(settings, '../data/mwref.sqlite'), { readonly: true });
  try {
    const rows = db.prepare(`
      SELECT page_namespace AS ns, page_title AS title, rev_timestamp AS ts, old_text AS text
      FROM revision JOIN page ON page_id = rev_page
        JOIN slots ON slot_revision_id = rev_id JOIN content ON content_id = slot_content_id
        JOIN text ON content_address = 'tt:' || old_id
      WHERE rev_id > ? ORDER BY page_id, rev_timestamp, rev_id`).all(afterRevId) as Array<{ ns: number; title: string | Buffer; ts: string | Buffer; text: string | Buffer }>;
    const out: History = new Map();
    for (const r of rows) {
      const key = `${r.ns}:${String(r.title)}`;
      const list = out.get(key) ?? [];
      list.push(`${String(r.ts)} ${sha1Base36(Buffer.isBuffer(r.text) ? r.text.toString('utf8') : r.text)}`);
      out.set(key, list);
    }
    return out;
  } finally {
    db.close();
  }
}

function maxRevId(settings: string): number {
  const db = new Database(join(settings, '../data/mwref.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(max(rev_id), 0) FROM revision').pluck().get() as number);
  } finally {
    db.close();
  }
}

/** Extra namespaces (Fandom's Forum, User blog ...) must be declared on the MediaWiki side too. */
function declareNamespaces(settings: string, wiki: Wiki): void {
  const ns = wiki.titles.namespaces;
  const lines = ns.ids().filter((id) => id >= 100 && id !== 828 && id !== 829)
    .map((id) => `$wgExtraNamespaces[${id}] = ${JSON.stringify(ns.getText(id)?.replace(/ /g, '_'))};`);
  appendFileSync(settings, `\n${lines.join('\n')}\n`);
}

async function roundTrip(wiki: Wiki, name: string): Promise<{ pages: number; revisions: number }> {
  const file = join(tmp, `${name}.xml`);
  const out = createWriteStream(file);
  const counts = await exportDump(wiki, out);
  out.end();
  await once(out, 'finish');
  const settings = freshMediaWiki(name);
  declareNamespaces(settings, wiki);
  const before = maxRevId(settings);
  mwImport(settings, file);
  const theirs = mediawikiHistory(settings, before);
  const ours = kagamiHistory(wiki);
  assert.equal(theirs.size, ours.size, 'page count');
  assert.equal([...theirs.values()].flat().length, counts.revisions, 'revision count');
  for (const [key, revisions] of ours) assert.deepEqual(theirs.get(key), revisions, `history of ${key}`);
  return { pages: counts.pages, revisions: counts.revisions };
}

test('MediaWiki\'s importDump.php reads our export of the putinp fixture, with an edited page history', { skip }, withTestWiki(async (wiki) => {
  await importDump(wiki, putinpDump);
  wiki.save({ title: 'Kagamine Len', text: 'An edit with <b>markup</b> & "quotes"\r\nand a CR LF', user: '203.0.113.9', minor: true, summary: 'test <edit>' });
  wiki.save({ title: 'Forum:Index', text: 'A page in a Fandom namespace' });
  assert.deepEqual(await roundTrip(wiki, 'putinp'), { pages: 10, revisions: 11 });
}));

test('MediaWiki\'s importDump.php reads our export of the kancolle wiki (8,082 pages)', { skip: skip || (!slow && 'set KAGAMI_SLOW_TESTS=1 to run (importDump.php takes minutes)') }, withTestWiki(async (wiki) => {
  await importDump(wiki, `${sharedDir}corpus/kancolle/dump.xml`);
  assert.deepEqual(await roundTrip(wiki, 'kancolle'), { pages: 8082, revisions: 8082 });
}));
