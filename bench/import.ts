/**
 * Import speed against MediaWiki: the first N pages of a dump (default: 1,000 pages of the
 * kancolle corpus) imported by `kagami import` and by MediaWiki 1.39's importDump.php (the
 * reference install, set up fresh under a temp MWREF_DIR), with and without its link-table
 * updates (`--no-updates`). Prints pages/s, the ratio and peak memory.
 * Usage: npx tsx bench/import.ts [--dump FILE] [--pages N] [--mw updates,no-updates]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runMeasured, type ChildRun } from './import-child.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const { values } = parseArgs({
  options: {
    dump: { type: 'string', default: `${shared}corpus/kancolle/dump.xml` },
    pages: { type: 'string', default: '1000' },
    mw: { type: 'string', default: 'updates,no-updates' },
  },
});
const pages = Number(values.pages);
const dir = mkdtempSync(join(tmpdir(), 'kagami-bench-import-'));

/** The dump's header and its first `n` pages, closed. */
async function firstPages(source: string, n: number, target: string): Promise<number> {
  const out = createWriteStream(target);
  let done = 0;
  for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    if (line.trim() === '</page>' && ++done === n) break;
  }
  if (done === n) out.write('</mediawiki>\n');
  out.end();
  await once(out, 'finish');
  return done;
}

function row(name: string, run: ChildRun, n: number): { name: string; seconds: number; rate: number; rss: number } {
  if (run.code !== 0) throw new Error(`${name} failed: ${run.stderr.slice(-500)}`);
  return { name, seconds: run.seconds, rate: n / run.seconds, rss: run.peakRssMiB };
}

const dump = join(dir, 'dump.xml');
const n = await firstPages(values.dump!, pages, dump);
console.log(`${n} pages of ${values.dump}`);
const rows = [];
const kagami = await runMeasured(process.execPath, [join(root, 'bin/kagami.js'), 'import', dump, '--data', join(dir, 'kagami'), '--quiet'], {
  cwd: root, env: { ...process.env, KAGAMI_DB: '' },
});
rows.push(row('kagami import', kagami, n));
for (const mode of values.mw!.split(',').filter(Boolean)) {
  const mwDir = join(dir, `mw-${mode}`);
  const setup = spawnSync(`${shared}tools/mediawiki-ref.sh`, [], { env: { ...process.env, MWREF_DIR: mwDir }, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`reference MediaWiki setup failed: ${setup.stderr}`);
  const args = ['maintenance/importDump.php', '--quiet', ...(mode === 'no-updates' ? ['--no-updates'] : []), dump];
  const run = await runMeasured('php', args, { cwd: '/usr/share/mediawiki', env: { ...process.env, MW_CONFIG_FILE: join(mwDir, 'LocalSettings.php') } });
  rows.push(row(`importDump.php${mode === 'no-updates' ? ' --no-updates' : ''}`, run, n));
}
const ours = rows[0].rate;
console.log('| importer | seconds | pages/s | Kagami is | peak RSS |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(1)} | ${r === rows[0] ? '' : `${(ours / r.rate).toFixed(0)}× faster`} | ${r.rss} MiB |`);
}
rmSync(dir, { recursive: true, force: true });
