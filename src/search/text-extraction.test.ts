import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParserOutput } from '../core/parser-output.ts';
import { htmlToText, outputText } from './html-to-text.ts';
import { parseSearchQuery } from './search-query.ts';
import { highlightAll, snippet } from './snippet.ts';
import { wikitextToText } from './wikitext-to-text.ts';

test('htmlToText keeps what readers see, one line per block', () => {
  const html = '<p>Len is a <a href="/wiki/Vocaloid">Vocaloid</a>&#160;&amp; singer.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>\n'
    + '<style>.x{color:red}</style><h2><span class="mw-headline" id="History">History</span></h2><ul><li>one</li><li>two</li></ul>'
    + '<table><tr><td>a</td><td>b</td></tr></table><!-- hidden -->';
  assert.equal(htmlToText(html), 'Len is a Vocaloid & singer.\nHistory\none\ntwo\na b');
});

test('wikitextToText: templates give their values, links their labels, markup goes', () => {
  const wikitext = `{{Infobox character|name=Kagamine Len|age=14}}<!-- note -->
'''Kagamine Len''' is a [[Vocaloid|singer]] from [[Crypton]].<ref name="a">''Series'', Part 2.</ref>
== History ==
* He met [[Hatsune Miku]] and {{Quote|Road roller da!|Len}}.
{| class="wikitable"
|-
! Name !! Age
|-
| style="color:red" | Rin || 14
|}
[[Category:Characters]] [[File:Len.png|thumb|Len]] [https://example.org Example site] __NOTOC__ &nbsp;&amp;
<includeonly>only when transcluded</includeonly>{{{1|fallback}}}`;
  const text = wikitextToText(wikitext);
  assert.equal(text, [
    'Kagamine Len 14',
    'Kagamine Len is a singer from Crypton. Series, Part 2.',
    'History',
    'He met Hatsune Miku and Road roller da! Len .',
    'Name Age',
    'Rin 14',
    'Example site &',
    'fallback',
  ].join('\n'));
  assert.equal(wikitextToText('#REDIRECT [[Kagamine Len]]'), '');
  assert.equal(wikitextToText('[[ja:鏡音レン]] text', { showsLink: (t) => !t.startsWith('ja:') }), 'text');
});

test('snippets mark the query words around their first matches, escaped', () => {
  const text = `${'filler words here '.repeat(10)}Kagamine Len <sings> with Rin. ${'more text '.repeat(30)}Later, LEN returns.`;
  const s = snippet(text, parseSearchQuery('len').must.flat(), { context: 20 });
  assert.equal(s, '… words here Kagamine <span class="searchmatch">Len</span> &lt;sings&gt; with Rin. more … text more text Later, <span class="searchmatch">LEN</span> returns.');
  const prefix = snippet('Kagamine Kaito and Kagome', parseSearchQuery('kag*').must.flat());
  assert.equal(prefix, '<span class="searchmatch">Kagamine</span> Kaito and <span class="searchmatch">Kagome</span>');
  assert.equal(snippet('No match in this text at all.', parseSearchQuery('len').must.flat(), { opening: 10 }), 'No match in …');
  assert.equal(highlightAll('Café Len', parseSearchQuery('cafe').must.flat()), '<span class="searchmatch">Café</span> Len');
});

test('outputText leaves out the table of contents', () => {
  const output = new ParserOutput();
  output.tocHtml = '<div id="toc" class="toc"><div class="toctitle"><h2>Contents</h2></div><ul><li>1 History</li></ul></div>';
  output.html = `<p>Intro.</p>\n${output.tocHtml.replace('<ul>', '<ul >')}\n<h2>History</h2><p>Text.</p>`;
  assert.equal(outputText(output), 'Intro.\nHistory\nText.');
});
