/**
 * Import at scale: generates a dump of N pages (default 200,000, 1-3 revisions each), imports
 * it with `kagami import` into a fresh data dir and reports pages/s and resident memory
 * over time (it should stay flat, whatever the dump's size).
 * Usage: npx tsx bench/import-scale.ts [--pages N] [--keep]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeSyntheticDump } from '../src/dump/synthetic-dump.ts';
import { runMeasured } from './import-child.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '200000' }, keep: { type: 'boolean', default: false } } });
const pages = Number(values.pages);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kagami-scale-'));
const dump = join(dir, 'dump.xml');

const t0 = Date.now();
await writeSyntheticDump(dump, { pages });
console.log(`generated ${pages} pages, ${(statSync(dump).size / 2 ** 20).toFixed(0)} MiB, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const run = await runMeasured(process.execPath, [join(root, 'bin/kagami.js'), 'import', dump, '--data', join(dir, 'data'), '--quiet'], {
  cwd: root, env: { ...process.env, KAGAMI_DB: '' }, sampleMs: 2000,
});
if (run.code !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
console.log(run.stdout.trim());
console.log(`${run.seconds.toFixed(0)} s, ${Math.round(pages / run.seconds)} pages/s, peak RSS ${run.peakRssMiB} MiB`);
const step = Math.max(1, Math.floor(run.samples.length / 10));
console.log(`RSS over time (s: MiB): ${run.samples.filter((_, i) => i % step === 0).map(([s, m]) => `${s.toFixed(0)}: ${m}`).join(', ')}`);
if (values.keep) console.log(`kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
