import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteConfigFromSettings } from './site-config.ts';
import { TitleParser } from './title.ts';
import { NS_TEMPLATE } from './namespace.ts';

const titles = new TitleParser(
  siteConfigFromSettings({
    wgSitename: 'Putin-P Series Wiki',
    wgExtraNamespaces: { 500: 'User_blog' },
    interwiki: [{ prefix: 'wikipedia', url: 'https://en.wikipedia.org/wiki/$1', local: false, trans: false }],
  }),
);

test('normalises spaces, underscores and the first letter', () => {
  const t = titles.parse('  kagamine__Len ')!;
  assert.equal(t.dbKey, 'Kagamine_Len');
  assert.equal(t.prefixedText, 'Kagamine Len');
  assert.equal(t.ns, 0);
});

test('splits namespace prefixes, aliases and case-insensitive names', () => {
  assert.equal(titles.parse('template:infobox character')!.prefixedText, 'Template:Infobox character');
  assert.equal(titles.parse('Image:A.png')!.prefixedText, 'File:A.png');
  assert.equal(titles.parse('Project:About')!.prefixedText, 'Putin-P Series Wiki:About');
  assert.equal(titles.parse('user blog:X/y')!.prefixedText, 'User blog:X/y');
  assert.equal(titles.parse('Quote', NS_TEMPLATE)!.prefixedText, 'Template:Quote');
  assert.equal(titles.parse(':Quote', NS_TEMPLATE)!.prefixedText, 'Quote');
});

test('recognises interwiki prefixes and fragments', () => {
  const iw = titles.parse('wikipedia:Vocaloid#History')!;
  assert.equal(iw.interwiki, 'wikipedia');
  assert.equal(iw.dbKey, 'Vocaloid');
  assert.equal(iw.fragment, 'History');
  assert.equal(titles.parse('Len#Songs')!.fragment, 'Songs');
});

test('refuses invalid titles', () => {
  for (const bad of ['', 'A[b]', 'A{b}', 'a|b', '<x>', '../x', 'Talk:', 'a%20b', 'x&amp;y;']) {
    assert.equal(titles.parse(bad), null, bad);
  }
  assert.equal(titles.parse('x&amp;y')!.text, 'X&y');
});

test('titles written with character references are NFC-normalised', () => {
  assert.equal(titles.parse('&#xFB2E;')!.dbKey, '\u05d0\u05b7');
  assert.equal(titles.parse('\ufb2e')!.dbKey, '\ufb2e');
});

test('an initial colon after an interwiki prefix is dropped', () => {
  const t = titles.parse('wikipedia::File:Henderson Field.jpg')!;
  assert.equal(t.interwiki, 'wikipedia');
  assert.equal(t.prefixedText, 'wikipedia:File:Henderson Field.jpg');
});

test("'#' alone is this page with an empty fragment; '' is no title", () => {
  const self = titles.parse('#')!;
  assert.equal(self.dbKey, '');
  assert.equal(self.fragment, '');
  assert.equal(titles.parse(''), null);
  assert.equal(titles.parse(' '), null);
});
