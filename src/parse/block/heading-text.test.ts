import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorText, normalizeSectionName } from './heading-text.ts';

test('section names are normalised as title fragments', () => {
  assert.equal(normalizeSectionName('\u00a0Character'), ' Character');
  assert.equal(normalizeSectionName('Losses Up to Midway\u00a0(7\u00a0June, 1942)'), 'Losses Up to Midway (7 June, 1942)');
  assert.equal(normalizeSectionName('a\u3000\u2003b\u200e'), 'a b');
  assert.equal(normalizeSectionName('trailing\u00a0'), 'trailing');
});

test('anchor text decodes references before normalising', () => {
  assert.deepEqual(anchorText('E-1&nbsp;<b>x</b>'), { hint: 'E-1&nbsp;x', text: 'E-1 x' });
});
