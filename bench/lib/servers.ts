/**
 * The servers the HTTP benchmarks run against, on loopback ports: `kagami serve` on a data dir
 * with a dump imported, and MediaWiki on nginx + php-fpm (bench/page-views/nginx.ts).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startNginx, startPhpFpm, type NginxSites } from './nginx.ts';
import { mediawikiRoot } from './mediawiki.ts';
import { start, waitForHttp, type Started } from './processes.ts';

const kagamiBin = resolve(import.meta.dirname, '..', '..', 'bin', 'kagami.js');

export interface Server {
  base: string;
  stop(): Promise<void>;
}

/** Imports `dump` into a new data dir under `work` and serves it; resolves once it answers. */
export async function startKagami(work: string, dump: string, settings: string, port: number): Promise<Server> {
  const data = join(work, 'kagami');
  execFileSync(process.execPath, [kagamiBin, 'import', dump, '--data', data, '--settings', settings], { stdio: 'ignore' });
  const server = start(process.execPath, [kagamiBin, 'serve', '--data', data, '--port', String(port)]);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/`);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { base, stop: server.stop };
}

/** nginx on `sites` plus, when it serves MediaWiki, php-fpm with `fpmChildren` workers for the wiki in `wikiDir`. */
export function startNginxSites(work: string, sites: NginxSites, wiki?: { dir: string; fpmChildren: number }): Server & { started: Started[] } {
  const started: Started[] = [];
  const fpmSocket = join(work, 'php-fpm.sock');
  if (wiki) started.push(startPhpFpm(join(work, 'fpm'), fpmSocket, join(wiki.dir, 'LocalSettings.php'), wiki.fpmChildren));
  started.push(startNginx(join(work, 'nginx'), wiki ? { ...sites, mediawikiRoot, fpmSocket } : sites));
  return {
    base: '',
    started,
    stop: async () => {
      for (const s of started.reverse()) await s.stop();
    },
  };
}
