import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCharReferences, normalizeCharReferences } from './char-references.ts';

test('named entities become numeric, core four stay named', () => {
  assert.equal(normalizeCharReferences('&nbsp;&amp;&lt;&acE;'), '&#160;&amp;&lt;&#8766;&#819;');
});

test('unknown names, invalid code points and stray ampersands are escaped', () => {
  assert.equal(normalizeCharReferences('&foo; &#00; &#x7F; &#xD83D; a & b'), '&amp;foo; &amp;#00; &amp;#x7F; &amp;#xD83D; a &amp; b');
  assert.equal(normalizeCharReferences('&#X1F4A9; &רלמ;'), '&#x1f4a9; &rlm;');
});

test('decoding', () => {
  assert.equal(decodeCharReferences('&amp;&#65;&#x42;&bogus;&#0;'), '&AB&bogus;\uFFFD');
});
