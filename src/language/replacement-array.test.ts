import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReplacementArray } from './replacement-array.ts';

test('the longest key at each position wins, replaced text is not scanned again', () => {
  const table = new ReplacementArray({ a: 'b', ab: 'X', b: 'a' });
  assert.equal(table.replace('aab b'), 'bX a');
});

test('pairs can be added and removed', () => {
  const table = new ReplacementArray();
  table.setPair('China', 'Taiwan');
  assert.equal(table.replace('China!'), 'Taiwan!');
  table.removeArray(new Map([['China', '']]));
  assert.equal(table.replace('China!'), 'China!');
});
