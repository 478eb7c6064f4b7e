/**
 * Real pages: every kancolle article that uses #invoke (from the corpus manifest) renders
 * without more script errors than MediaWiki's golden HTML has; at least 90% must. All pages
 * of the corpus dump are streamed into an in-memory wiki (so links and redirects are real).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryDataAccess } from '../core/data-access.ts';
import { siteConfigFromSettings } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { DumpReader } from '../dump/dump-reader.ts';
import { createParser } from '../parse/create-parser.ts';
import { compareDom } from '../../test/golden/dom-compare.ts';

const dir = '/work/shared/corpus/kancolle';
/** Share of the #invoke pages that must render without extra script errors. */
const BAR = 0.9;

interface ManifestPage { title: string; file: string; status: string; features?: string[]; features_via_templates?: string[]; lua_error?: boolean }

function countScriptErrors(html: string): number {
  return (html.match(/class="scribunto-error"/g) ?? []).length;
}

test('kancolle pages using #invoke render without script errors', { skip: !existsSync(join(dir, 'dump.xml')), timeout: 600_000 }, async () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'golden', 'manifest.json'), 'utf8')) as { pages: ManifestPage[] };
  const sample = manifest.pages.filter((p) => p.status === 'ok' && [...(p.features ?? []), ...(p.features_via_templates ?? [])].includes('#invoke'));
  const wanted = new Set(sample.map((p) => p.title));

  const config = siteConfigFromSettings(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')));
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  const sources = new Map<string, string>();
  const reader = new DumpReader({
    siteInfo() {},
    page(page) {
      const rev = page.revisions[page.revisions.length - 1];
      const title = titles.parse(page.title);
      if (!title || !rev) return;
      const redirect = /^#REDIRECT\s*\[\[([^\]|#]+)/i.exec(rev.text);
      data.addPage({ title, text: rev.text, revisionId: rev.id ?? 1, timestamp: rev.timestamp, model: rev.model ?? 'wikitext', redirectTarget: redirect ? titles.parse(redirect[1]) : null });
      if (wanted.has(page.title)) sources.set(page.title, rev.text);
    },
  });
  for await (const chunk of createReadStream(join(dir, 'dump.xml'), { encoding: 'utf8' })) reader.write(chunk as string);
  reader.end();

  const parser = createParser(config, data);
  let passed = 0;
  let domEqual = 0;
  const failures: string[] = [];
  for (const page of sample) {
    const golden = readFileSync(join(dir, 'golden', page.file), 'utf8');
    const text = sources.get(page.title);
    assert.ok(text !== undefined, `page ${page.title} is in the dump`);
    const start = Date.now();
    // A generous wall clock: a busy machine must not turn heavy pages into limit errors.
    const out = parser.parse(text, { title: titles.parseOrThrow(page.title), now: new Date(config.fakeTime ?? '2021-05-01T12:44:53Z'), limits: { wallClockMs: 120_000 } });
    const ms = Date.now() - start;
    if (compareDom(golden, out.html).equal) domEqual++;
    const errors = countScriptErrors(out.html);
    if (out.html.includes('<strong class="error">Parse time limit exceeded')) failures.push(`${page.title}: parse time limit (${ms} ms)`);
    else if (errors <= countScriptErrors(golden)) passed++;
    else failures.push(`${page.title}: ${errors} script errors (${ms} ms): ${/class="scribunto-error"[^>]*>([^<]*)/.exec(out.html)?.[1]}`);
  }
  console.log(`kancolle #invoke pages without script errors: ${passed}/${sample.length}; DOM-equal to MediaWiki's: ${domEqual} (no category tables here)`);
  for (const f of failures) console.log(`  ${f}`);
  assert.ok(sample.length >= 100, `the manifest lists ${sample.length} #invoke pages`);
  assert.ok(passed >= Math.ceil(sample.length * BAR), failures.join('\n'));
});
