/**
 * Runs the pathological cases: each through the preprocessor, and the `fullParse` ones
 * through the whole parser. Prints `start <label>` before and `done <label>` after each,
 * so pathological.test.ts can bound every case from outside.
 */
import { MemoryDataAccess } from '../../src/core/data-access.ts';
import { defaultSiteConfig } from '../../src/core/site-config.ts';
import { TitleParser } from '../../src/core/title.ts';
import { createParser } from '../../src/parse/create-parser.ts';
import { ParseContext } from '../../src/parse/parse-context.ts';
import { fullParse, pathologicalCases } from './cases.ts';

const titles = new TitleParser(defaultSiteConfig);
const data = new MemoryDataAccess();
data.addPage({ title: titles.parseOrThrow('Template:A'), text: '{{{1}}}', revisionId: 1, timestamp: '2020-01-01T00:00:00Z', model: 'wikitext' });
const parser = createParser(defaultSiteConfig, data);
const title = titles.parseOrThrow('Pathological');

for (const [name, make] of Object.entries(pathologicalCases)) {
  const text = make();
  console.log(`start preprocess: ${name}`);
  const ctx = new ParseContext(parser.env, { title });
  ctx.stripState.unstripBoth(ctx.replaceVariables(text));
  console.log(`done preprocess: ${name}`);
  if (fullParse.includes(name)) {
    console.log(`start parse: ${name}`);
    parser.parse(text, { title });
    console.log(`done parse: ${name}`);
  }
}
