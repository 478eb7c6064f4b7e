import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonErrorOffset } from './json-error-offset.ts';

test('the offset where text stops being JSON', () => {
  assert.equal(jsonErrorOffset('{"a": 1,}'), 8);
  assert.equal(jsonErrorOffset('{\n  "b": \n}'), 10);
  assert.equal(jsonErrorOffset('[1, 2'), 5);
  assert.equal(jsonErrorOffset('{"a" 1}'), 5);
  assert.equal(jsonErrorOffset('"\\x"'), 2);
  assert.equal(jsonErrorOffset('tru'), 0);
  assert.equal(jsonErrorOffset('01'), 1);
  assert.equal(jsonErrorOffset('{} x'), 3);
  assert.equal(jsonErrorOffset(''), 0);
});
