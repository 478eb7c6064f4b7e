import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../test-wiki.ts';
import { loadSampleIfEmpty, samplePages, sampleText } from './load-sample.ts';

test('an empty wiki gets the sample pages once', withTestWiki((wiki) => {
  assert.equal(loadSampleIfEmpty(wiki), true);
  assert.equal(wiki.repo.countPages(), samplePages.length);
  for (const { title } of samplePages) assert.ok(wiki.getPage(title), title);
  assert.equal(loadSampleIfEmpty(wiki), false);
  assert.equal(wiki.history('Main Page')!.revisions.length, 1);
}));

test('a wiki with pages is left alone', withTestWiki((wiki) => {
  wiki.save({ title: 'Own page', text: 'x' });
  assert.equal(loadSampleIfEmpty(wiki), false);
  assert.equal(wiki.repo.countPages(), 1);
}));

test('the character page uses the infobox, quote template and footnotes', () => {
  const text = sampleText('mira-kagami.wiki');
  assert.match(text, /^\{\{Infobox character/);
  assert.match(text, /\{\{Quote\|/);
  assert.match(text, /<ref name="ch1">/);
  assert.match(text, /<references \/>/);
  assert.match(sampleText('template-infobox-character.wiki'), /^<infobox>/);
  assert.match(sampleText('help-wiki-syntax.wiki'), /== Links ==/);
});
