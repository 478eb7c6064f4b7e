import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from './test-wiki.ts';

test('links to redirect pages get class mw-redirect, others do not', withTestWiki((wiki) => {
  wiki.save({ title: 'Kagamine Len', text: 'The article.' });
  wiki.save({ title: 'Len', text: '#REDIRECT [[Kagamine Len]]' });
  const title = wiki.titles.parse('Links')!;
  const html = wiki.renderText('[[Len]] [[Kagamine Len]] [[Missing]] [[Len]]', title).html;
  assert.match(html, /<a href="\/wiki\/Len" class="mw-redirect" title="Len">Len<\/a> <a href="\/wiki\/Kagamine_Len" title="Kagamine Len">/);
  assert.equal(html.match(/mw-redirect/g)?.length, 2);
  assert.match(html, /class="new"/);
}));

test('isRedirect answers for the page asked, whatever was looked up before', withTestWiki((wiki) => {
  wiki.save({ title: 'Target', text: 'x' });
  wiki.save({ title: 'Alias', text: '#REDIRECT [[Target]]' });
  const t = (s: string) => wiki.titles.parse(s)!;
  assert.equal(wiki.data.pageExists(t('Target')), true);
  assert.equal(wiki.data.isRedirect(t('Alias')), true);
  assert.equal(wiki.data.isRedirect(t('Target')), false);
  assert.equal(wiki.data.isRedirect(t('Nowhere')), false);
  assert.equal(wiki.data.isRedirect(t('Special:Alias')), false);
}));
