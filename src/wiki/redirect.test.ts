import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSiteConfig } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { parseRedirect } from './redirect.ts';

const titles = new TitleParser(defaultSiteConfig);
const target = (text: string) => parseRedirect(text, titles)?.fullText ?? null;

test('redirects in the forms MediaWiki accepts', () => {
  assert.equal(target('#REDIRECT [[Kagamine Len]]'), 'Kagamine Len');
  assert.equal(target('  #redirect[[len]]'), 'Len');
  assert.equal(target('#Redirect: [[Help:Wiki syntax#Links|links]]\n[[Category:R]]'), 'Help:Wiki syntax#Links');
  assert.equal(target('#REDIRECT [[Caf%C3%A9]]'), 'Café');
});

test('texts that are not redirects', () => {
  assert.equal(target('Text #REDIRECT [[A]]'), null);
  assert.equal(target('#REDIRECT A'), null);
  assert.equal(target('#REDIRECT [[]]'), null);
  assert.equal(target('#REDIRECT [[Bad<title]]'), null);
  assert.equal(target('#REDIRECT\n\n[[A]]'), 'A');
});
