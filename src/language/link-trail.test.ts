import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkPrefixLength, splitLinkTrail } from './link-trail.ts';
import { redLinkTitle } from './red-link-title.ts';

test('link trails follow the content language', () => {
  assert.deepEqual(splitLinkTrail("s'nice more"), ['s', "'nice more"]);
  assert.deepEqual(splitLinkTrail("'nice more", 'ca'), ["'nice", ' more']);
  assert.deepEqual(splitLinkTrail("''bold", 'ca'), ['', "''bold"]);
  assert.deepEqual(splitLinkTrail('ar-x y', 'is'), ['ar-x', ' y']);
  assert.deepEqual(splitLinkTrail('ést', 'xx'), ['', 'ést']);
});

test('link prefixes only in languages that have them', () => {
  assert.equal(linkPrefixLength('Aðrir mótmælenda', 'is'), 'mótmælenda'.length);
  assert.equal(linkPrefixLength('word', 'en'), 0);
  assert.equal(linkPrefixLength('x -->', 'is'), 0);
  assert.equal(linkPrefixLength('a 𝒜b', 'is'), 3);
});

test('red link tooltips in the content language', () => {
  assert.equal(redLinkTitle('A $1 b', 'ca'), 'A $1 b (encara no existeix)');
  assert.equal(redLinkTitle('X', 'xx'), 'X (page does not exist)');
});
