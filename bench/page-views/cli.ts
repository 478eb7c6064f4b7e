/**
 * `npm run bench:views -- [--seconds N] [--connections N] [--target kagami|static|mediawiki]...
 * [--page TITLE] [--dump FILE --settings FILE] [--json FILE]`
 *
 * Page views under load: wrk against `kagami serve` (parser cache warm), against MediaWiki on
 * nginx + php-fpm (its parser cache warm) and against nginx serving the HTML Kagami sent as a
 * static file (the ceiling); node-static, one node:http process sending the same bytes from
 * memory, shows what a single Node.js process can reach at all. Same page, same concurrency,
 * a bounded run each, loopback only.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDir } from '../../test/parser-tests/files.ts';
import { describeEnvironment, environment } from '../lib/environment.ts';
import { hasReferenceWiki, referenceWikiDir } from '../lib/mediawiki.ts';
import { start, waitForHttp } from '../lib/processes.ts';
import { startKagami, startNginxSites, type Server } from '../lib/servers.ts';
import { fmt } from '../lib/stats.ts';
import { runWrk, type LoadResult } from './wrk.ts';

const fixture = join(sharedDir, 'fixtures', 'putinp-wiki');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    threads: { type: 'string', default: '2' },
    target: { type: 'string', multiple: true },
    page: { type: 'string', default: 'Kagamine Len' },
    dump: { type: 'string', default: join(fixture, 'dump.xml') },
    settings: { type: 'string', default: join(fixture, 'settings.json') },
    mediawiki: { type: 'string', default: referenceWikiDir('putinp') },
    'fpm-children': { type: 'string', default: '4' },
    port: { type: 'string', default: '18480' },
    json: { type: 'string' },
  },
});

const targets = values.target ?? ['kagami', 'static', 'node-static', 'mediawiki'];
const spec = { seconds: Number(values.seconds), connections: Number(values.connections), threads: Number(values.threads) };
const port = Number(values.port);
const path = `/wiki/${encodeURIComponent(values.page.replace(/ /g, '_')).replace(/%2F/g, '/')}`;
const note = (s: string) => process.stderr.write(`${s}\n`);
const env = environment();
const work = mkdtempSync(join(tmpdir(), 'kagami-bench-views-'));
chmodSync(work, 0o755); // nginx's workers read the static file as their own user
const running: Server[] = [];
const results: Array<{ target: string; url: string; load: LoadResult }> = [];

async function warm(url: string): Promise<string> {
  await waitForHttp(url);
  let body = '';
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url);
    body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: status ${res.status}`);
  }
  return body;
}

try {
  const kagami = await startKagami(work, values.dump, values.settings, port);
  running.push(kagami);
  const kagamiUrl = `${kagami.base}${path}`;
  const html = await warm(kagamiUrl);

  const staticRoot = join(work, 'static');
  mkdirSync(join(staticRoot, 'wiki'), { recursive: true });
  writeFileSync(join(staticRoot, decodeURIComponent(path)), html);
  const useMediawiki = targets.includes('mediawiki') && hasReferenceWiki(values.mediawiki);
  if (targets.includes('mediawiki') && !useMediawiki) note(`mediawiki: skipped, no reference wiki at ${values.mediawiki} (bash bench/mediawiki/setup.sh)`);
  running.push(
    startNginxSites(
      work,
      { staticPort: port + 1, staticRoot, ...(useMediawiki ? { mediawikiPort: port + 2 } : {}) },
      useMediawiki ? { dir: values.mediawiki, fpmChildren: Number(values['fpm-children']) } : undefined,
    ),
  );
  if (targets.includes('node-static')) {
    const server = start(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'node-static-server.ts'), join(staticRoot, decodeURIComponent(path)), String(port + 3)]);
    running.push({ base: `http://127.0.0.1:${port + 3}`, stop: server.stop });
  }
  const urls: Record<string, string> = {
    kagami: kagamiUrl,
    static: `http://127.0.0.1:${port + 1}${path}`,
    mediawiki: `http://127.0.0.1:${port + 2}${path}`,
    'node-static': `http://127.0.0.1:${port + 3}${path}`,
  };
  for (const target of targets) {
    if (target === 'mediawiki' && !useMediawiki) continue;
    if (target !== 'kagami') await warm(urls[target]);
    note(`${target}: wrk ${spec.seconds} s, ${spec.connections} connections, ${urls[target]}`);
    results.push({ target, url: urls[target], load: await runWrk(urls[target], spec) });
  }
} finally {
  for (const p of running.reverse()) await p.stop();
  rmSync(work, { recursive: true, force: true });
}

const ceiling = results.find((r) => r.target === 'static')?.load.requestsPerS;
const lines = [
  describeEnvironment(env),
  `page ${values.page}, ${spec.connections} connections, ${spec.threads} wrk threads, ${spec.seconds} s per target`,
  '',
  '| target | req/s | p50 ms | p90 ms | p99 ms | errors | × static ceiling |',
  '| --- | --: | --: | --: | --: | --: | --: |',
  ...results.map(
    ({ target, load: l }) =>
      `| ${target} | ${fmt(l.requestsPerS)} | ${fmt(l.p50)} | ${fmt(l.p90)} | ${fmt(l.p99)} | ${l.errors} | ${ceiling ? fmt(l.requestsPerS / ceiling) : '–'} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) writeFileSync(values.json, JSON.stringify({ env, spec, page: values.page, results }, null, 1));
