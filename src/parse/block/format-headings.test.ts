import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import type { ExtensionRegistry } from '../../extensions/extension.ts';
import type { DataAccess } from '../../core/data-access.ts';
import { ParseContext } from '../parse-context.ts';
import { handleHeadings } from './heading.ts';
import { formatHeadingsText } from './format-headings.ts';
import { headingMarker, headingRecords } from './heading-markers.ts';

function context(): ParseContext {
  const titles = new TitleParser(defaultSiteConfig);
  const env = { config: defaultSiteConfig, titles, data: {} as DataAccess, extensions: {} as ExtensionRegistry };
  return new ParseContext(env, { title: titles.parse('Parser test')! });
}

function run(wikitext: string, ctx = context()): string {
  return formatHeadingsText(handleHeadings(wikitext, ctx), ctx);
}

test('headline spans, duplicate ids and the legacy fallback anchor', () => {
  const ctx = context();
  const out = run('== A ==\n== a ==\n==Héad==', ctx);
  assert.match(out, /<h2><span class="mw-headline" id="A">A<\/span><mw:editsection page="Parser test" section="1">A<\/mw:editsection><\/h2>/);
  assert.match(out, /id="a_2">a</);
  assert.match(out, /<span id="H.C3.A9ad"><\/span><span class="mw-headline" id="Héad">/);
  assert.deepEqual(ctx.output.sections.map((s) => [s.number, s.index, s.anchor]), [['1', '1', 'A'], ['2', '2', 'a_2'], ['3', '3', 'Héad']]);
  assert.equal(ctx.output.tocHtml, '');
});

test('a TOC with four headings, nested by level', () => {
  const ctx = context();
  const out = run('==A==\n===B===\n==C==\n==D==', ctx);
  assert.ok(out.startsWith('<mw:toc><div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">'));
  assert.match(ctx.output.tocHtml, /<li class="toclevel-2 tocsection-2"><a href="#B"><span class="tocnumber">1.1<\/span> <span class="toctext">B<\/span><\/a><\/li>\n<\/ul>\n<\/li>\n<li class="toclevel-1 tocsection-3">/);
});

test('__NOTOC__ and __FORCETOC__ come from the page properties', () => {
  const notoc = context();
  notoc.output.properties.set('notoc', '');
  assert.ok(!run('==A==\n==B==\n==C==\n==D==', notoc).includes('id="toc"'));
  const force = context();
  force.output.properties.set('forcetoc', '');
  assert.ok(run('==A==', force).includes('id="toc"'));
});

test('TOC lines keep a few inline tags; anchors drop all tags', () => {
  const ctx = context();
  run('== <i>x</i> <span style="a">y</span> <div>z</div> ==', ctx);
  assert.equal(ctx.output.sections[0].line, '<i>x</i> <span>y</span> z');
  assert.equal(ctx.output.sections[0].anchor, 'x_y_z');
});

test('a heading from a template links to the template section T-n with the heading text as hint', () => {
  const ctx = context();
  const records = headingRecords(ctx);
  records.push({ titleText: 'Template:With_headers', sectionIndex: 1 });
  const out = run(`==${headingMarker(0)} bar ==`, ctx);
  assert.match(out, /<mw:editsection page="Template:With headers" section="T-1">bar<\/mw:editsection>/);
  assert.deepEqual(ctx.output.sections.map((s) => [s.index, s.fromTitle]), [['T-1', 'Template:With_headers']]);
});

test('text parsed for a tag hook never gets the TOC', () => {
  const four = '== A ==\n== B ==\n== C ==\n== D ==';
  assert.match(run(four), /<mw:toc>/);
  const ctx = context();
  const nested = Object.create(ctx, { isMain: { get: () => false } }) as ParseContext;
  assert.doesNotMatch(run(four, nested), /<mw:toc>/);
});
