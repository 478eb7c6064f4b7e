import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSearchable, parseSearchQuery } from './search-query.ts';

test('words are required terms, folded as the index folds them', () => {
  assert.deepEqual(parseSearchQuery('Kagamine  CAFÉ'), {
    must: [[{ words: ['kagamine'], prefix: false }], [{ words: ['cafe'], prefix: false }]],
    not: [],
  });
});

test('quoted phrases, prefixes, exclusions and OR', () => {
  const q = parseSearchQuery('"Putin-P series" kaga* -rin OR len -"road roller"');
  assert.deepEqual(q.must, [
    [{ words: ['putin', 'p', 'series'], prefix: false }],
    [{ words: ['kaga'], prefix: true }],
    [{ words: ['len'], prefix: false }],
  ]);
  assert.deepEqual(q.not, [{ words: ['rin'], prefix: false }, { words: ['road', 'roller'], prefix: false }]);
  const alternatives = parseSearchQuery('rin OR len OR miku');
  assert.deepEqual(alternatives.must.map((g) => g.map((t) => t.words[0])), [['rin', 'len', 'miku']]);
});

test('a hyphenated word is a phrase; punctuation alone and dangling operators are dropped', () => {
  assert.deepEqual(parseSearchQuery('e-mail').must, [[{ words: ['e', 'mail'], prefix: false }]]);
  assert.deepEqual(parseSearchQuery('&& OR - "unclosed phrase').must, [[{ words: ['unclosed', 'phrase'], prefix: false }]]);
  assert.equal(isSearchable(parseSearchQuery('-only -excluded')), false);
  assert.equal(isSearchable(parseSearchQuery('   ')), false);
  assert.deepEqual(parseSearchQuery('"quoted prefi"*').must, [[{ words: ['quoted', 'prefi'], prefix: true }]]);
});
