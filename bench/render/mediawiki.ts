/**
 * MediaWiki 1.39's parser in-process: bench/mediawiki/RenderBench.php run by runScript.php
 * against the corpus's reference wiki (bench/mediawiki/setup.sh).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMaintenanceScript } from '../lib/mediawiki.ts';
import type { BenchPage } from './pages.ts';
import type { PageTiming, RunSpec } from './timing.ts';

export async function timeMediaWiki(wikiDir: string, pages: BenchPage[], spec: RunSpec): Promise<PageTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-bench-'));
  try {
    const file = join(dir, 'pages.json');
    writeFileSync(file, JSON.stringify({ ...spec, pages }));
    const out = await runMaintenanceScript(wikiDir, 'RenderBench.php', ['--pages', file]);
    const json = out.slice(out.indexOf('{'));
    return (JSON.parse(json) as { pages: PageTiming[] }).pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
