/**
 * `npm run bench:profile -- [--runs N] [--title T]`: renders Kagamine Len (the putinp fixture)
 * N times under V8's CPU profiler (the in-process inspector, as node --cpu-prof does) after a
 * warm-up, writes the .cpuprofile and prints the top functions and files.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { openCorpusWiki } from '../../test/golden/corpus.ts';
import { formatProfile, summarizeProfile } from '../lib/cpu-profile.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    title: { type: 'string', default: 'Kagamine Len' },
    out: { type: 'string', default: 'kagamine-len.cpuprofile' },
    top: { type: 'string', default: '25' },
  },
});

const { wiki, close } = await openCorpusWiki('putinp');
const title = wiki.titles.parseOrThrow(values.title);
const text = wiki.getPage(title)?.revision.text;
if (text === undefined) throw new Error(`no page ${values.title}`);
for (let i = 0; i < 5; i++) wiki.renderText(text, title);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const start = performance.now();
for (let i = 0; i < Number(values.runs); i++) wiki.renderText(text, title);
const ms = (performance.now() - start) / Number(values.runs);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
close();

writeFileSync(values.out, JSON.stringify(profile));
process.stdout.write(`${values.title}: ${ms.toFixed(1)} ms per render (wall, under the profiler), profile in ${values.out}\n\n`);
process.stdout.write(`${formatProfile(summarizeProfile(profile as never, Number(values.top)))}\n`);
