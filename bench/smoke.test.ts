/**
 * Each benchmark script runs end to end on a minimal input (one page, one run, a one-second
 * load), so the scripts keep working as the code changes. No timing is asserted.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { hasReferenceWiki, referenceWikiDir } from './lib/mediawiki.ts';

const root = resolve(import.meta.dirname, '..');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
/** The numbers of a result table's row for `name`. */
const row = (out: string, name: string) => {
  const line = out.split('\n').find((l) => l.startsWith(`| ${name} |`) || l.includes(`| ${name} |`));
  assert.ok(line, `no row for ${name} in:\n${out}`);
  return line;
};

test('bench:render times Kagami (and MediaWiki, when its reference wiki is set up) on Kagamine Len', () => {
  const peers = hasReferenceWiki(referenceWikiDir('putinp')) ? ['--peer', 'kagami', '--peer', 'mediawiki'] : ['--peer', 'kagami'];
  const dir = mkdtempSync(join(tmpdir(), 'kagami-bench-smoke-'));
  try {
    const out = run('render/cli.ts', '--corpus', 'putinp', ...peers, '--warmup', '0', '--runs', '1', '--json', join(dir, 'r.json'));
    assert.match(row(out, 'kagami'), /^\| putinp \| kagami \| 1 \| \d/);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { results: Array<{ peer: string; pages: number; errors: number }> };
    for (const r of json.results) assert.deepEqual([r.peer, r.pages, r.errors], [r.peer, 1, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bench:profile profiles a short Kagamine Len render loop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-bench-smoke-'));
  try {
    const out = run('render/profile.ts', '--runs', '1', '--out', join(dir, 'p.cpuprofile'));
    assert.match(out, /Kagamine Len: [\d.]+ ms per render/);
    assert.match(out, /src\/parse\/parser\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bench:edit measures save-to-visible latency on kagami serve', () => {
  const out = run('edit/cli.ts', '--target', 'kagami', '--edits', '1', '--port', '18680');
  assert.match(row(out, 'kagami'), /^\| kagami \| [\d.]+ \|/);
});

test('bench:views loads kagami serve and the static ceiling', { skip: !(has('wrk') && has('nginx')) && 'needs wrk and nginx (apt-get install wrk nginx-light)' }, () => {
  const out = run('page-views/cli.ts', '--target', 'kagami', '--target', 'static', '--seconds', '1', '--connections', '2', '--threads', '1', '--port', '18690');
  assert.match(row(out, 'kagami'), /^\| kagami \| [\d.]+ \|/);
  assert.match(row(out, 'static'), /^\| static \| [\d.]+ \| .* \| 0 \| 1\.00 \|$/);
});
