/**
 * The machine and versions a benchmark ran on, printed with every result so that figures
 * from different machines are not compared unawares.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Environment {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  freeMemoryGiB: number;
  /** 1-minute load average when the run started: other work on the machine skews wall times. */
  load1: number;
  node: string;
  php: string | null;
  mediawiki: string | null;
}

/** The Debian package's MediaWiki version, or null when it is not installed. */
export function mediawikiVersion(root = '/usr/share/mediawiki'): string | null {
  try {
    const defines = readFileSync(`${root}/includes/Defines.php`, 'utf8');
    return /define\(\s*'MW_VERSION',\s*'([^']+)'/.exec(defines)?.[1] ?? null;
  } catch {
    return null;
  }
}

export function phpVersion(): string | null {
  try {
    return execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function environment(): Environment {
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    load1: Math.round(loadavg()[0] * 100) / 100,
    node: process.version,
    php: phpVersion(),
    mediawiki: mediawikiVersion(),
  };
}

export function describeEnvironment(env: Environment): string {
  return [
    `${env.date}  ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB (load ${env.load1})`,
    `node ${env.node}, PHP ${env.php ?? '–'}, MediaWiki ${env.mediawiki ?? '–'}`,
  ].join('\n');
}
