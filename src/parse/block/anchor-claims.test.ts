import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnchorClaims } from './anchor-claims.ts';

test('repeated anchors get the first free suffix, case-insensitively', () => {
  const refers = new AnchorClaims();
  assert.deepEqual(['A', 'a', 'A_3', 'A', 'B', 'a', 'A_2'].map((id) => refers.claim(id)), ['', '_2', '', '_4', '', '_5', '_2']);
});

test('thousands of repeats of one anchor', () => {
  const refers = new AnchorClaims();
  let last = '';
  for (let i = 0; i < 20_000; i++) last = refers.claim('h');
  assert.equal(last, '_20000');
});

test('only ASCII letters fold: Cyrillic anchors differing in case are distinct', () => {
  const refers = new AnchorClaims();
  assert.deepEqual(['Тест', 'Тест', 'тест', 'Ab', 'aB'].map((id) => refers.claim(id)), ['', '_2', '', '', '_2']);
});
