import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffTableRows, wordLevel } from './table-diff.ts';
import { diffHunks } from './line-diff.ts';

test('equal texts give no rows', () => {
  assert.equal(diffTableRows('a\nb', 'a\nb'), '');
});

test('a changed line is paired with word-level highlighting', () => {
  const rows = diffTableRows('one\ntwo red apples\nthree', 'one\ntwo green apples\nthree');
  assert.match(rows, /<td colspan="2" class="diff-lineno">Line 1:<\/td>/);
  assert.match(rows, /<div>two <del class="diffchange diffchange-inline">red<\/del> apples<\/div>/);
  assert.match(rows, /<div>two <ins class="diffchange diffchange-inline">green<\/ins> apples<\/div>/);
  assert.match(rows, /class="diff-context diff-side-deleted"><div>one<\/div>/);
});

test('an added line has an empty left side; text is escaped', () => {
  const rows = diffTableRows('a', 'a\n<b>&');
  assert.match(rows, /<td colspan="2" class="diff-empty diff-side-deleted"><\/td><td class="diff-marker" data-marker="\+"><\/td><td class="diff-addedline diff-side-added"><div>&lt;b&gt;&amp;<\/div>/);
});

test('hunks keep two lines of context and split far-apart changes', () => {
  const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
  const changed = [...old];
  changed[2] = 'changed 3';
  changed[16] = 'changed 17';
  const hunks = diffHunks(old.join('\n'), changed.join('\n'));
  assert.equal(hunks.length, 2);
  assert.equal(hunks[0].oldStart, 1);
  assert.equal(hunks[0].lines.length, 5); // 2 context, change, 2 context
  assert.equal(hunks[1].oldStart, 15);
  assert.equal(hunks[1].lines.at(-1)?.kind, 'context');
});

test('word-level diff over a block spreads onto its lines', () => {
  const { deleted, added } = wordLevel(['a b', 'c'], ['a x', 'c', 'new']);
  assert.deepEqual(deleted, ['a <del class="diffchange diffchange-inline">b</del>', 'c']);
  assert.equal(added.length, 3);
  assert.equal(added[0], 'a <ins class="diffchange diffchange-inline">x</ins>');
});
