/**
 * `npm run bench:render -- [--corpus putinp|kancolle|wikipedia]... [--sample N] [--warmup N]
 * [--runs N] [--peer kagami|mediawiki|wikiparser-node]... [--json FILE]`
 *
 * Times Kagami's parser in-process (warm, no parser cache) against MediaWiki 1.39's parser
 * in-process on the same pages, and wikiparser-node where it applies. MediaWiki needs the
 * reference wikis of bench/mediawiki/setup.sh; a peer that is not there is skipped with a note.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CorpusName } from '../../test/golden/corpus.ts';
import { environment } from '../lib/environment.ts';
import { hasReferenceWiki, referenceWikiDir } from '../lib/mediawiki.ts';
import { timeKagami } from './kagami.ts';
import { timeMediaWiki } from './mediawiki.ts';
import { benchPages } from './pages.ts';
import { renderReport } from './report.ts';
import { summarizePeer, type PeerResult, type RunSpec } from './timing.ts';
import { loadWikiparserNode, timeWikiparserNode } from './wikiparser-node.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    peer: { type: 'string', multiple: true },
    sample: { type: 'string', default: '40' },
    warmup: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'string' },
  },
});

const corpora = (values.corpus ?? ['putinp', 'kancolle', 'wikipedia']) as CorpusName[];
const peers = values.peer ?? ['kagami', 'mediawiki', 'wikiparser-node'];
const env = environment();
const results: PeerResult[] = [];
const timings: Record<string, unknown> = {};
const note = (s: string) => process.stderr.write(`${s}\n`);

for (const corpus of corpora) {
  // Kagamine Len is one page: many runs. A corpus: one warm-up and a few runs per page.
  const spec: RunSpec = {
    warmup: Number(values.warmup ?? (corpus === 'putinp' ? 3 : 1)),
    runs: Number(values.runs ?? (corpus === 'putinp' ? 15 : 3)),
  };
  const pages = benchPages(corpus, corpus === 'kancolle' ? Number(values.sample) : 0);
  note(`${corpus}: ${pages.length} pages, ${spec.warmup} warm-up + ${spec.runs} timed runs each`);
  const record = (peer: string, t: Parameters<typeof summarizePeer>[2]) => {
    results.push(summarizePeer(peer, corpus, t));
    timings[`${corpus}/${peer}`] = t;
    for (const e of t.filter((x) => x.error).slice(0, 5)) note(`  ${peer}: ${e.title}: ${e.error}`);
  };
  if (peers.includes('kagami')) record('kagami', await timeKagami(corpus, pages, spec));
  if (peers.includes('mediawiki')) {
    const dir = referenceWikiDir(corpus);
    if (hasReferenceWiki(dir)) {
      try {
        record('mediawiki', await timeMediaWiki(dir, pages, spec));
      } catch (err) {
        note(`  mediawiki: failed: ${(err as Error).message.split('\n').slice(0, 3).join(' ')}`);
        process.exitCode = 1;
      }
    } else note(`  mediawiki: skipped, no reference wiki at ${dir} (bash bench/mediawiki/setup.sh)`);
  }
  if (peers.includes('wikiparser-node') && corpus !== 'kancolle') {
    const parser = await loadWikiparserNode();
    if (parser) record('wikiparser-node', await timeWikiparserNode(parser, corpus, pages, spec));
    else note('  wikiparser-node: skipped, not installed (npm install --no-save wikiparser-node)');
  }
}

process.stdout.write(`${renderReport(env, results)}\n`);
if (values.json) writeFileSync(values.json, JSON.stringify({ env, results, timings }, null, 1));
