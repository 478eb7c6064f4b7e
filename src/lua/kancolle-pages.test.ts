/**
 * Real pages: kancolle articles that use #invoke (from the corpus manifest) render without
 * "Script error" where MediaWiki's golden HTML has none. Templates and modules are streamed
 * from the corpus dump into an in-memory wiki.
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

const dir = '/work/shared/corpus/kancolle';
const SAMPLE = 8;

interface ManifestPage { title: string; file: string; status: string; features?: string[]; features_via_templates?: string[]; lua_error?: boolean }

test('kancolle pages using #invoke render without script errors', { skip: !existsSync(join(dir, 'dump.xml')), timeout: 600_000 }, async () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'golden', 'manifest.json'), 'utf8')) as { pages: ManifestPage[] };
  const candidates = manifest.pages.filter((p) => p.status === 'ok' && !p.lua_error && [...(p.features ?? []), ...(p.features_via_templates ?? [])].includes('#invoke'));
  const step = Math.max(1, Math.floor(candidates.length / SAMPLE));
  const sample = candidates.filter((_, i) => i % step === 0).slice(0, SAMPLE);
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
      if (title.ns !== 0 || wanted.has(page.title)) {
        data.addPage({ title, text: rev.text, revisionId: rev.id ?? 1, timestamp: rev.timestamp, model: rev.model ?? 'wikitext' });
      } else {
        data.addPage({ title, text: '', revisionId: rev.id ?? 1, timestamp: rev.timestamp, model: 'wikitext' });
      }
      if (wanted.has(page.title)) sources.set(page.title, rev.text);
    },
  });
  for await (const chunk of createReadStream(join(dir, 'dump.xml'), { encoding: 'utf8' })) reader.write(chunk as string);
  reader.end();

  const parser = createParser(config, data);
  let passed = 0;
  const failures: string[] = [];
  for (const page of sample) {
    const golden = readFileSync(join(dir, 'golden', page.file), 'utf8');
    const text = sources.get(page.title);
    assert.ok(text !== undefined, `page ${page.title} is in the dump`);
    const start = Date.now();
    const out = parser.parse(text, { title: titles.parseOrThrow(page.title), now: new Date(config.fakeTime ?? '2021-05-01T12:44:53Z') });
    const ms = Date.now() - start;
    const errors = (out.html.match(/scribunto-error/g) ?? []).length;
    const goldenErrors = (golden.match(/scribunto-error/g) ?? []).length;
    if (errors <= goldenErrors) passed++;
    else failures.push(`${page.title}: ${errors} script errors (${ms} ms): ${/scribunto-error[^>]*>([^<]*)/.exec(out.html)?.[1]}`);
  }
  console.log(`kancolle #invoke pages without script errors: ${passed}/${sample.length}`);
  for (const f of failures) console.log(`  ${f}`);
  assert.ok(passed >= Math.ceil(sample.length * 0.75), failures.join('\n'));
});
