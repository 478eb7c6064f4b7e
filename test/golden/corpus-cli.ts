/**
 * `npm run corpus -- NAME [--filter RE] [--show N] [--json OUT]`: renders a corpus
 * (kancolle, wikipedia, putinp) and reports how many pages are DOM-equal to MediaWiki's.
 * `--lua` keeps only pages that use #invoke; `--lua-errors` lists pages with more script
 * errors than MediaWiki's rendering, with the first error message.
 */
import { writeFileSync } from 'node:fs';
import { corpora, runCorpus, type CorpusName } from './corpus.ts';

const args = process.argv.slice(2);
const name = args[0] as CorpusName;
if (!corpora.includes(name)) {
  console.error(`usage: npm run corpus -- ${corpora.join('|')} [--filter RE] [--show N] [--json OUT]`);
  process.exit(2);
}
let filter: RegExp | undefined;
let show = 0;
let jsonOut: string | undefined;
let luaOnly = false;
let luaErrors = false;
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--filter') filter = new RegExp(args[++i]);
  else if (args[i] === '--show') show = Number(args[++i]);
  else if (args[i] === '--json') jsonOut = args[++i];
  else if (args[i] === '--lua') luaOnly = true;
  else if (args[i] === '--lua-errors') luaErrors = true;
}

const results = (await runCorpus(name, filter, luaOnly ? (p) => p.usesLua : undefined));
let shown = 0;
for (const r of results) {
  if (r.comparison.equal || shown >= show) continue;
  shown++;
  console.log(`\n=== ${r.page.title}${r.error ? ` (error: ${r.error})` : ''}\n${r.comparison.diff}`);
}
const groups = { all: results, 'without Lua': results.filter((r) => !r.page.usesLua), 'with Lua': results.filter((r) => r.page.usesLua) };
for (const [label, rs] of Object.entries(groups)) {
  if (!rs.length) continue;
  const equal = rs.filter((r) => r.comparison.equal).length;
  const errors = rs.filter((r) => r.error).length;
  console.log(`${name} ${label}: ${equal}/${rs.length} DOM-equal (${((100 * equal) / rs.length).toFixed(1)}%), ${errors} errors`);
}
if (luaErrors) {
  const lua = results.filter((r) => r.page.usesLua);
  const bad = lua.filter((r) => r.scriptErrors > r.goldenScriptErrors);
  for (const r of bad) {
    const message = /class="scribunto-error"[^>]*>([^<]*)/.exec(r.html)?.[1] ?? '';
    console.log(`script errors ${r.scriptErrors} (MediaWiki ${r.goldenScriptErrors}): ${r.page.title}: ${message}`);
  }
  console.log(`${name} with Lua: ${lua.length - bad.length}/${lua.length} without extra script errors`);
}
const times = results.map((r) => r.ms).sort((a, b) => a - b);
if (times.length) console.log(`render ms: median ${times[Math.floor(times.length / 2)].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify(results.map((r) => ({ title: r.page.title, equal: r.comparison.equal, usesLua: r.page.usesLua, scriptErrors: r.scriptErrors, goldenScriptErrors: r.goldenScriptErrors, ms: Math.round(r.ms), error: r.error })), null, 1));
}
