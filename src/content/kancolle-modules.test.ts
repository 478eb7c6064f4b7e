/**
 * The kancolle corpus: a module page imported from the dump renders as highlighted source
 * with line links, below its documentation once it has some; the imported
 * MediaWiki:Common.css is linked by the skin; and the dump's modules pass the save check
 * (the one that does not is a "#REDIRECT" stored as a module, which Scribunto refuses too).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DumpReader } from '../dump/dump-reader.ts';
import { importDump } from '../dump/import-dump.ts';
import { sharedDir } from '../dump/test-dumps.ts';
import { testWiki } from '../server/test-client.ts';
import { compileError } from './scribunto-validate.ts';

const dump = `${sharedDir}corpus/kancolle/dump.xml`;
const skip = !existsSync(dump);
const MODULE = 'Module:Data/Enemy/Submarine Yo-Class';

/** The dump's siteinfo and the named pages, as a small dump. */
function excerpt(text: string, titles: string[]): string {
  const head = text.slice(0, text.indexOf('<page>'));
  const pages = titles.map((title) => {
    const at = text.indexOf(`<title>${title}</title>`);
    assert.ok(at > 0, `${title} is in the dump`);
    const start = text.lastIndexOf('<page>', at);
    return text.slice(start, text.indexOf('</page>', at) + '</page>'.length);
  });
  return `${head}${pages.join('\n')}\n</mediawiki>\n`;
}

test('an imported kancolle module renders as highlighted source, with its doc page once written', { skip }, async () => {
  const t = testWiki();
  try {
    const xml = excerpt(readFileSync(dump, 'utf8'), [MODULE, 'MediaWiki:Common.css']);
    const stats = await importDump(t.wiki, Readable.from([xml]));
    assert.equal(stats.pages, 2);
    t.wiki.runJobs();
    const source = t.wiki.getPage(MODULE)!.revision;
    assert.equal(source.model, 'Scribunto');
    const lines = source.text.split('\n').length;

    const url = `/wiki/${MODULE.replace(/ /g, '_')}`;
    const first = await (await t.client.get(url)).text();
    assert.match(first, /<i>Documentation for this module may be created at <a [^>]*class="new"[^>]*>Module:Data\/Enemy\/Submarine Yo-Class\/doc<\/a><\/i>/);
    assert.match(first, /<div class="mw-highlight mw-highlight-lang-lua mw-content-ltr mw-highlight-lines" dir="ltr"><pre><span><\/span><span id="L-1"><span class="linenos" data-line="1"><\/span>/);
    assert.ok(first.includes(`<span id="L-${lines}"><span class="linenos" data-line="${lines}"></span>`), `all ${lines} lines are numbered`);
    assert.ok(!first.includes(`id="L-${lines + 1}"`));
    assert.doesNotMatch(first, /errorbox/);
    const css = t.wiki.getPage('MediaWiki:Common.css')!.revision.revId;
    assert.ok(first.includes(`<link rel="stylesheet" href="/index.php?title=MediaWiki:Common.css&amp;action=raw&amp;ctype=text/css&amp;version=${css}">`));

    t.wiki.save({ title: `${MODULE}/doc`, text: 'Stats of the Yo-class submarine.' });
    t.wiki.runJobs();
    const withDoc = await (await t.client.get(url)).text();
    const docAt = withDoc.indexOf('<p>Stats of the Yo-class submarine.\n</p>\n<hr />');
    assert.ok(docAt > 0 && docAt < withDoc.indexOf('mw-highlight-lang-lua'), 'the doc page is shown above the code');
  } finally {
    t.close();
  }
});

test('the dump\'s 1,280 modules compile, except a #REDIRECT saved as a module', { skip, timeout: 120_000 }, async () => {
  const { TitleParser } = await import('../core/title.ts');
  const { siteConfigFromSettings } = await import('../core/site-config.ts');
  const titles = new TitleParser(siteConfigFromSettings(JSON.parse(readFileSync(`${sharedDir}corpus/kancolle/settings.json`, 'utf8'))));
  let modules = 0;
  const failing: string[] = [];
  const reader = new DumpReader({
    siteInfo() {},
    page(page) {
      const rev = page.revisions[page.revisions.length - 1];
      if (rev?.model !== 'Scribunto') return;
      modules++;
      const error = compileError(rev.text, titles.parseOrThrow(page.title));
      if (error) failing.push(`${page.title}: ${error.message}`);
    },
  });
  for await (const chunk of createReadStream(dump, { encoding: 'utf8' })) reader.write(chunk as string);
  reader.end();
  assert.equal(modules, 1280);
  assert.deepEqual(failing, ["Module:Provisional Resupply Test: Lua error in Module:Provisional_Resupply_Test at line 1: unexpected symbol near '#'."]);
});
