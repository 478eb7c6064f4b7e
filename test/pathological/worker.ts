/**
 * Runs the pathological cases through the whole parser, one after another. Prints
 * `start <name>` before and `done <name>` (or `threw <name>: <message>`) after each, so
 * pathological.test.ts can bound every case from outside this process.
 */
import { MemoryDataAccess } from '../../src/core/data-access.ts';
import { defaultSiteConfig } from '../../src/core/site-config.ts';
import { TitleParser } from '../../src/core/title.ts';
import { createParser } from '../../src/parse/create-parser.ts';
import { pathologicalCases } from './cases.ts';

const titles = new TitleParser(defaultSiteConfig);
const data = new MemoryDataAccess();
data.addPage({ title: titles.parseOrThrow('Template:A'), text: '{{{1}}}', revisionId: 1, timestamp: '2020-01-01T00:00:00Z', model: 'wikitext' });
const parser = createParser(defaultSiteConfig, data);
const title = titles.parseOrThrow('Pathological');
const only = process.argv[2];

// Warm up, so the first case does not pay for loading and compiling the parser.
parser.parse("== a ==\n* ''b'' [[c]] {{a|d}}\n{|\n|e\n|}", { title });

for (const [name, make] of Object.entries(pathologicalCases)) {
  if (only && name !== only) continue;
  const text = make();
  console.log(`start ${name}`);
  try {
    parser.parse(text, { title });
    console.log(`done ${name}`);
  } catch (err) {
    console.log(`threw ${name}: ${String(err).split('\n')[0]}`);
  }
}
