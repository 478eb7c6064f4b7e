import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../parse/create-parser.ts';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { defaultSiteConfig, type SiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import { parseProgressList, progressIndex } from './progress-points.ts';

function render(text: string, opts: { setting?: string[]; page?: string; pages?: Record<string, string> } = {}) {
  const config: SiteConfig = { ...defaultSiteConfig, wgSpoilerProgress: opts.setting ?? ['Part 1', 'Part 2', 'Part 3', 'Part 4'] };
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  const pages = { ...opts.pages, ...(opts.page !== undefined ? { 'MediaWiki:Spoiler-progress': opts.page } : {}) };
  let rev = 10;
  for (const [name, src] of Object.entries(pages)) {
    data.addPage({ title: titles.parseOrThrow(name), text: src, revisionId: rev++, timestamp: '', model: 'wikitext' });
  }
  return createParser(config, data).parse(text, { title: titles.parseOrThrow('Test') });
}

test('the progress list: one point a line, blank and comment lines skipped, duplicates once', () => {
  assert.deepEqual(parseProgressList('Part 1\n\n* Part 2\n# a comment\npart 2\n  Part 3  '), ['Part 1', 'Part 2', 'Part 3']);
  assert.equal(progressIndex(['Part 1', 'Part 2'], 'part_2'), 2);
  assert.equal(progressIndex(['Part 1', 'Part 2'], 'Part 5'), 0);
});

test('an inline <spoiler> becomes a span with the point number; its content is parsed in the page', () => {
  const out = render("A <spoiler after=\"Part 2\">''secret''</spoiler> b");
  assert.equal(out.html, '<p>A <span class="spoiler spoiler-inline" data-spoiler-after="2"><i>secret</i></span> b\n</p>');
  assert.equal(out.categories.size, 0);
});

test('a <spoiler> with line breaks becomes a div whose lines get lists and paragraphs', () => {
  const out = render('<spoiler after="Part 3">\n* one\n* two\n\npara\n</spoiler>');
  assert.equal(out.html, '<div class="spoiler spoiler-block" data-spoiler-after="3">\n<ul><li>one</li>\n<li>two</li></ul>\n<p>para\n</p>\n</div>');
});

test('{{#spoiler:}} takes the point and the text; templates expand inside', () => {
  const out = render('x {{#spoiler: part 4 |{{T}} [[Foo]]}}', { pages: { 'Template:T': 'from T' } });
  assert.match(out.html, /<span class="spoiler spoiler-inline" data-spoiler-after="4">from T <a [^>]*>Foo<\/a><\/span>/);
});

test('spoilers work inside templates and portable infobox values', () => {
  const out = render('{{Char|fate=<spoiler after="Part 3">dies</spoiler>}}', {
    pages: { 'Template:Char': '<infobox><data source="fate"><label>Fate</label></data></infobox>' },
  });
  assert.match(out.html, /<div class="pi-data-value pi-font"><span class="spoiler spoiler-inline" data-spoiler-after="3">dies<\/span><\/div>/);
});

test('the points come from MediaWiki:Spoiler-progress before the setting, and the page is a dependency', () => {
  const out = render('<spoiler after="Act II">x</spoiler>', { page: 'Act I\nAct II\n', setting: ['Part 1'] });
  assert.match(out.html, /data-spoiler-after="2">x</);
  assert.ok(out.templates.has('8:Spoiler-progress'));
});

test('an unknown point, a missing one, or a wiki without points render an error and a tracking category', () => {
  const unknown = render('<spoiler after="Part 9">x</spoiler>');
  assert.equal(unknown.html, '<p><strong class="error">Spoiler error: &quot;Part 9&quot; is not a story progress point. Known points: Part 1, Part 2, Part 3, Part 4.</strong>\n</p>');
  assert.ok(unknown.categories.has('Pages_with_spoiler_errors'));
  assert.ok(unknown.trackingCategories.has('Pages_with_spoiler_errors'));
  assert.equal(unknown.diagnostics[0].code, 'spoiler-unknown-progress');
  assert.match(render('<spoiler>x</spoiler>').html, /<strong class="error">Spoiler error: no story progress given/);
  assert.match(render('{{#spoiler:Part 1|x}}', { setting: [] }).html, /<strong class="error">Spoiler error: &quot;Part 1&quot; is not a story progress point; this wiki declares none/);
});

test('a heading followed by a section marker hides the section, its subsections, and their TOC entries', () => {
  const out = render('__TOC__\n== A ==\na\n== B ==\n<spoiler after="Part 3"/>\nb\n=== C ===\nc\n== D ==\nd');
  assert.match(out.html, /<li class="toclevel-1 tocsection-2" data-spoiler-after="3"><a href="#B">/);
  assert.match(out.html, /<li class="toclevel-1 tocsection-1"><a href="#A">/);
  const start = out.html.indexOf('<div class="spoiler spoiler-section" data-spoiler-after="3"><h2><span class="mw-headline" id="B">B</span></h2>\n<p>b\n</p>\n<h3>');
  assert.ok(start > 0, out.html);
  assert.ok(out.html.includes('<p>c\n</p>\n</div><h2><span class="mw-headline" id="D">D</span></h2>'), out.html);
  assert.ok(!out.html.includes('spoiler-section-marker'));
});

test('a section marker inside an element ends the hidden section with that element', () => {
  const out = render('<div class="box">\n== In ==\n{{#spoiler:Part 2}}\nx\n</div>\nafter');
  assert.match(out.html, /<div class="box">\n<div class="spoiler spoiler-section" data-spoiler-after="2"><h2>.*?<\/h2>\n<p>x\n<\/p>\n<\/div><\/div>\n<p>after/s);
});

test('a section marker before any heading is dropped', () => {
  assert.equal(render('<spoiler after="Part 2"/>\ntext').html, '<p>text\n</p>');
});

test('pages without spoilers are unchanged by the extension', () => {
  const text = '__TOC__\n== A ==\n<span class="spoiler-section-marker" data-spoiler-after="2"></span>\nx';
  assert.ok(render(text).html.includes('<span class="spoiler-section-marker" data-spoiler-after="2"></span>'));
});
