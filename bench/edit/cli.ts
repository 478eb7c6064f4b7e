/**
 * `npm run bench:edit -- [--edits N] [--target kagami|mediawiki]... [--page TITLE] [--json FILE]`
 *
 * Save-to-visible latency of an edit to a typical page (Kagamine Len by default): the edit is
 * POSTed over HTTP, then the page is fetched until the new text shows. Kagami: `kagami serve`
 * with the putinp dump imported; MediaWiki: nginx + php-fpm on its reference wiki.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDir } from '../../test/parser-tests/files.ts';
import { describeEnvironment, environment } from '../lib/environment.ts';
import { hasReferenceWiki, referenceWikiDir } from '../lib/mediawiki.ts';
import { waitForHttp } from '../lib/processes.ts';
import { startKagami, startNginxSites, type Server } from '../lib/servers.ts';
import { fmt, summarize } from '../lib/stats.ts';
import { kagamiEditClient, mediawikiEditClient, type EditClient } from './clients.ts';
import { timeEdit, type EditTiming } from './save-to-visible.ts';

const fixture = join(sharedDir, 'fixtures', 'putinp-wiki');
const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '10' },
    target: { type: 'string', multiple: true },
    page: { type: 'string', default: 'Kagamine Len' },
    dump: { type: 'string', default: join(fixture, 'dump.xml') },
    settings: { type: 'string', default: join(fixture, 'settings.json') },
    mediawiki: { type: 'string', default: referenceWikiDir('putinp') },
    port: { type: 'string', default: '18580' },
    json: { type: 'string' },
  },
});

const targets = values.target ?? ['kagami', 'mediawiki'];
const port = Number(values.port);
const path = `/wiki/${encodeURIComponent(values.page.replace(/ /g, '_'))}`;
const env = environment();
const note = (s: string) => process.stderr.write(`${s}\n`);
const work = mkdtempSync(join(tmpdir(), 'kagami-bench-edit-'));
chmodSync(work, 0o755);
const running: Server[] = [];
const results: Array<{ target: string; edits: EditTiming[] }> = [];
const failed = (target: string) => (err: Error) => {
  note(`${target}: ${err.message}`);
  process.exitCode = 1;
};

async function measure(target: string, client: EditClient, pageUrl: string): Promise<void> {
  // A run that was cut short may have left its last marker in the page.
  const base = (await client.source()).replace(/\n\nBenchmark edit \d+ \w+\.$/, '');
  const edits: EditTiming[] = [];
  for (let i = 0; i < Number(values.edits); i++) {
    edits.push(await timeEdit(client, pageUrl, base, `Benchmark edit ${i} ${Date.now().toString(36)}.`));
  }
  await client.save(base); // the page's text as it was (the reference wiki is reused)
  results.push({ target, edits });
}

try {
  if (targets.includes('kagami')) {
    const kagami = await startKagami(join(work, 'k'), values.dump, values.settings, port);
    running.push(kagami);
    note(`kagami: ${values.edits} edits of ${values.page}`);
    await measure('kagami', kagamiEditClient(kagami.base, values.page), `${kagami.base}${path}`).catch(failed('kagami'));
  }
  if (targets.includes('mediawiki')) {
    if (!hasReferenceWiki(values.mediawiki)) note(`mediawiki: skipped, no reference wiki at ${values.mediawiki} (bash bench/mediawiki/setup.sh)`);
    else {
      running.push(startNginxSites(work, { mediawikiPort: port + 2 }, { dir: values.mediawiki, fpmChildren: 2 }));
      const base = `http://127.0.0.1:${port + 2}`;
      await waitForHttp(`${base}${path}`);
      note(`mediawiki: ${values.edits} edits of ${values.page}`);
      await measure('mediawiki', mediawikiEditClient(base, values.page), `${base}${path}`).catch(failed('mediawiki'));
    }
  }
} finally {
  for (const s of running.reverse()) await s.stop();
  rmSync(work, { recursive: true, force: true });
}

const lines = [
  describeEnvironment(env),
  `page ${values.page}, ${values.edits} edits each`,
  '',
  '| target | save-to-visible median ms | p90 ms | max ms | save request median ms | page views until visible (median) |',
  '| --- | --: | --: | --: | --: | --: |',
  ...results.map(({ target, edits }) => {
    const visible = summarize(edits.map((e) => e.visibleMs));
    return `| ${target} | ${fmt(visible.median)} | ${fmt(visible.p90)} | ${fmt(visible.max)} | ${fmt(summarize(edits.map((e) => e.saveMs)).median)} | ${summarize(edits.map((e) => e.polls)).median} |`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) writeFileSync(values.json, JSON.stringify({ env, page: values.page, results }, null, 1));
