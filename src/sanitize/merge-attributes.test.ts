import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeAttributes } from './merge-attributes.ts';

test('later values win, classes are combined without repeats', () => {
  const merged = mergeAttributes(new Map([['class', 'a b'], ['dir', 'ltr']]), new Map([['dir', 'rtl'], ['class', 'b c'], ['id', 'x']]));
  assert.deepEqual([...merged], [['class', 'a b c'], ['dir', 'rtl'], ['id', 'x']]);
});

test('a class on one side only is kept as written', () => {
  assert.equal(mergeAttributes(new Map(), new Map([['class', ' x  y ']])).get('class'), ' x  y ');
});
