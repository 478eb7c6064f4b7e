/**
 * `npm run render-all -- kancolle`: renders every page of a corpus dump (8,082 for kancolle)
 * and fails when any render throws.
 */
import { corpora, type CorpusName } from './corpus.ts';
import { renderAllOfCorpus } from './render-all.ts';

const name = (process.argv[2] ?? 'kancolle') as CorpusName;
if (!corpora.includes(name) || name === 'wikipedia') {
  console.error('usage: npm run render-all -- kancolle|putinp');
  process.exit(2);
}
const report = await renderAllOfCorpus(name, (n) => console.error(`${n} pages rendered`));
console.log(`${name}: ${report.pages} pages rendered in ${(report.totalMs / 1000).toFixed(1)} s, ${report.failures.length} failed, ${report.limited.length} cut short by a parser limit`);
for (const f of report.failures) console.log(`  failed: ${f.title}: ${f.error}`);
for (const t of report.limited) console.log(`  limit: ${t}`);
console.log('slowest:');
for (const s of report.slowest) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms  ${s.title}`);
process.exit(report.failures.length ? 1 : 0);
