import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { putinpDump } from '../../dump/test-dumps.ts';
import { runKagami } from '../run-kagami.ts';

let tmp: string;
let data: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kagami-cli-dump-'));
  data = join(tmp, 'data');
  const gz = join(tmp, 'putinp.xml.gz');
  writeFileSync(gz, gzipSync(readFileSync(putinpDump)));
  const result = await runKagami(['import', gz, '--data', data]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `imported 9 pages (9 revisions) into ${data}\n9 pages queued for rendering and link tables (kagami serve runs them; --run-jobs runs them now)\n`);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('export of one namespace, of titles from a file and from arguments', async () => {
  const templates = await runKagami(['export', '--data', data, '--namespace', '10']);
  assert.equal(templates.code, 0, templates.stderr);
  assert.equal((templates.stdout.match(/<page>/g) ?? []).length, 2);
  const list = join(tmp, 'titles.txt');
  writeFileSync(list, 'Kagamine Len\n\nNo such page\n');
  const listed = await runKagami(['export', 'Len', '--data', data, '--titles', list, '--current']);
  assert.equal(listed.code, 0);
  assert.deepEqual([...listed.stdout.matchAll(/<title>(.*)<\/title>/g)].map((m) => m[1]), ['Len', 'Kagamine Len']);
  assert.equal(listed.stderr, 'warning: no page titled "No such page"\n');
  const bad = await runKagami(['export', '--data', data, '--namespace', 'Template']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^kagami: --namespace needs a namespace number, got "Template" \(see kagami --help\)\n$/);
});

test('a refused page is a one-line error naming page and line, with the way past it', async () => {
  const dump = join(tmp, 'bad.xml');
  writeFileSync(dump, readFileSync(putinpDump, 'utf8').replace('<title>Hatsune Miku</title>\n    <ns>0</ns>', '<title>Hatsune Miku</title>\n    <ns>3000</ns>'));
  const target = join(tmp, 'bad');
  const result = await runKagami(['import', dump, '--data', target, '--quiet']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^kagami: page "Hatsune Miku" at line \d+: namespace 3000 is not declared in the dump's <siteinfo> \(pages before it were imported; --skip-invalid skips such pages\)\n$/);
  const skipped = await runKagami(['import', dump, '--data', target, '--quiet', '--skip-invalid']);
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.match(skipped.stderr, /^warning: page skipped: page "Hatsune Miku" at line \d+: namespace 3000/);
  assert.match(skipped.stdout, /; resumed after \d+ pages done before; 1 pages skipped\n/);
  const usage = await runKagami(['import', dump, '--data', target, '--batch', '0']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--batch needs a positive integer, got "0"/);
});
