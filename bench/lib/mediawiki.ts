/**
 * The reference MediaWiki wikis the benchmarks compare with (bench/mediawiki/setup.sh makes
 * them), and running our maintenance scripts against one of them.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const mediawikiRoot = process.env.MW_INSTALL_PATH ?? '/usr/share/mediawiki';
export const benchMediawikiDir = resolve(import.meta.dirname, '..', 'mediawiki');

/** The reference wiki for a corpus: $MWREF_BENCH (default /tmp/mwref-bench), -kc, -wp. */
export function referenceWikiDir(corpus: 'putinp' | 'kancolle' | 'wikipedia'): string {
  const base = process.env.MWREF_BENCH ?? '/tmp/mwref-bench';
  return corpus === 'putinp' ? base : corpus === 'kancolle' ? `${base}-kc` : `${base}-wp`;
}

export function hasReferenceWiki(dir: string): boolean {
  return existsSync(join(mediawikiRoot, 'maintenance', 'runScript.php')) && existsSync(join(dir, 'LocalSettings.php'));
}

/** Runs bench/mediawiki/SCRIPT through runScript.php against the wiki in `dir`; resolves to stdout. */
export async function runMaintenanceScript(dir: string, script: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'php',
    [join(mediawikiRoot, 'maintenance', 'runScript.php'), join(benchMediawikiDir, script), ...args],
    { cwd: mediawikiRoot, env: { ...process.env, MW_CONFIG_FILE: join(dir, 'LocalSettings.php') }, maxBuffer: 256 << 20 },
  );
  return stdout;
}
