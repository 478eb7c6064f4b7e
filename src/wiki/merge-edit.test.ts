import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEdit } from './merge-edit.ts';

const base = 'one\ntwo\nthree\nfour\nfive';

test('edits to different lines merge', () => {
  assert.equal(mergeEdit(base, 'one\ntwo\nthree\nfour\nFIVE', 'ONE\ntwo\nthree\nfour\nfive'), 'ONE\ntwo\nthree\nfour\nFIVE');
});

test('edits to the same line conflict', () => {
  assert.equal(mergeEdit(base, 'one\nTWO\nthree\nfour\nfive', 'one\nzwei\nthree\nfour\nfive'), null);
});

test('the same change on both sides is no conflict', () => {
  assert.equal(mergeEdit(base, 'one\nTWO\nthree\nfour\nfive', 'one\nTWO\nthree\nfour\nfive'), 'one\nTWO\nthree\nfour\nfive');
});
