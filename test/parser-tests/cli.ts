/**
 * `npm run parser-tests [-- options]`: runs MediaWiki's parser tests against Kagami.
 *   --file F        only this file (relative to parsertests/, e.g. core/parserTests.txt); repeatable
 *   --filter RE     only cases whose name matches RE
 *   --json OUT      write {files: {F: {total, passed, failed, skipped, failures}}, overall} to OUT
 *   --show          print expected and actual output of each failing case
 *   --update-known-failures   rewrite known-failures.json from this run (all files only)
 */
import { writeFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { listParserTestFiles } from './files.ts';
import { runParserTests } from './summary.ts';
import { checkRatchet, readKnownFailures, writeKnownFailures } from './known-failures.ts';

const args = process.argv.slice(2);
const files: string[] = [];
let filter: RegExp | undefined;
let jsonOut: string | undefined;
let show = false;
let update = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--file') files.push(args[++i]);
  else if (a === '--filter') filter = new RegExp(args[++i]);
  else if (a === '--json') jsonOut = args[++i];
  else if (a === '--show') show = true;
  else if (a === '--update-known-failures') update = true;
  else {
    console.error(`unknown argument: ${a}`);
    process.exit(2);
  }
}

const summary = runParserTests(files.length ? files : listParserTestFiles(), filter);

if (show) {
  for (const results of Object.values(summary.results)) {
    for (const r of results) {
      if (r.status !== 'fail') continue;
      console.log(`\n=== FAIL ${r.test.file}:${r.test.line} ${r.test.name}`);
      if (Object.keys(r.test.options).length) console.log(`options: ${JSON.stringify(r.test.options)}`);
      console.log('--- wikitext\n' + r.test.wikitext);
      if (r.reason) console.log('--- error\n' + r.reason);
      console.log('--- diff (- expected, + actual)');
      for (const part of diffLines(r.test.expected!.replace(/\s+$/, '') + '\n', (r.actual ?? '') + '\n')) {
        const mark = part.added ? '+' : part.removed ? '-' : ' ';
        for (const line of part.value.replace(/\n$/, '').split('\n')) console.log(mark + line);
      }
    }
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0');
for (const [file, s] of Object.entries(summary.files)) {
  if (s.total === 0) continue;
  console.log(`${file.padEnd(44)} ${String(s.passed).padStart(5)}/${String(s.total).padEnd(5)} ${pct(s.passed, s.total).padStart(5)}%  (failed ${s.failed}, skipped ${s.skipped})`);
}
const o = summary.overall;
console.log(`${'overall'.padEnd(44)} ${String(o.passed).padStart(5)}/${String(o.total).padEnd(5)} ${pct(o.passed, o.total).padStart(5)}%  (failed ${o.failed}, skipped ${o.skipped})`);

if (jsonOut) {
  const files: Record<string, unknown> = {};
  for (const [f, s] of Object.entries(summary.files)) files[f] = s;
  writeFileSync(jsonOut, JSON.stringify({ files, overall: summary.overall }, null, 1) + '\n');
}

if (update) {
  if (files.length || filter) {
    console.error('--update-known-failures needs a run over all files without --filter');
    process.exit(2);
  }
  writeKnownFailures(summary);
  console.log('known-failures.json updated');
} else if (!files.length && !filter) {
  const report = checkRatchet(summary, readKnownFailures());
  if (report.regressions.length) console.log(`\n${report.regressions.length} regressions (not known failures):\n  ${report.regressions.slice(0, 30).join('\n  ')}`);
  if (report.fixed.length) console.log(`\n${report.fixed.length} known failures now pass (run with --update-known-failures):\n  ${report.fixed.slice(0, 30).join('\n  ')}`);
}
