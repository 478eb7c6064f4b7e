import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParserOutput } from '../../core/parser-output.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import { Urls } from '../urls.ts';
import { articleHtml } from './article.ts';

const titles = new TitleParser(defaultSiteConfig);
const urls = new Urls(defaultSiteConfig);
const title = titles.parse('Page')!;

test('editsection markers become [edit] links to the right section', () => {
  const out = new ParserOutput();
  out.html = '<h2><span class="mw-headline" id="A_&amp;_B">A &amp; B</span><mw:editsection page="Page" section="1">A &amp; B</mw:editsection></h2>\n' +
    '<h3><span class="mw-headline" id="T">T</span><mw:editsection page="Template:Box" section="T-2">T</mw:editsection></h3>';
  const html = articleHtml(out, { title, titles, urls, editSections: true });
  assert.ok(html.startsWith('<div class="mw-parser-output"><h2>'));
  assert.match(html, /<\/span><span class="mw-editsection"><span class="mw-editsection-bracket">\[<\/span><a href="\/index.php\?title=Page&amp;action=edit&amp;section=1" title="Edit section: A &amp; B">edit<\/a>/);
  assert.match(html, /href="\/index.php\?title=Template:Box&amp;action=edit&amp;section=2"/);
  const without = articleHtml(out, { title, titles, urls, editSections: false });
  assert.doesNotMatch(without, /mw-editsection|mw:editsection/);
});

test('without markers, headings get links from ParserOutput.sections', () => {
  const out = new ParserOutput();
  out.html = '<h2><span class="mw-headline" id="One">One</span></h2><p>x</p><h2><span class="mw-headline" id="Two">Two</span></h2>';
  out.sections.push(
    { level: 2, line: 'One', number: '1', index: '1', fromTitle: '', byteOffset: 0, anchor: 'One' },
    { level: 2, line: 'Two', number: '2', index: '2', fromTitle: '', byteOffset: 10, anchor: 'Two' },
  );
  const html = articleHtml(out, { title, titles, urls, editSections: true });
  assert.match(html, /id="One">One<\/span><span class="mw-editsection">[^]*?section=1"/);
  assert.match(html, /id="Two">Two<\/span><span class="mw-editsection">[^]*?section=2"/);
  out.properties.set('noeditsection', '');
  assert.doesNotMatch(articleHtml(out, { title, titles, urls, editSections: true }), /mw-editsection/);
});
