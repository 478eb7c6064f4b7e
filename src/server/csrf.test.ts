import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsrfTokens } from './csrf.ts';

test('a token is valid for the session it was issued to', () => {
  const tokens = new CsrfTokens('secret');
  const t = tokens.issue('sess-a');
  assert.equal(tokens.verify('sess-a', t), true);
  assert.equal(tokens.verify('sess-b', t), false);
  assert.equal(tokens.verify(undefined, t), false);
  assert.equal(tokens.verify('sess-a', undefined), false);
});

test('a token signed with another secret or tampered with is refused', () => {
  const t = new CsrfTokens('other').issue('s');
  assert.equal(new CsrfTokens('secret').verify('s', t), false);
  const good = new CsrfTokens('secret').issue('s');
  assert.equal(new CsrfTokens('secret').verify('s', good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A')), false);
  assert.equal(new CsrfTokens('secret').verify('s', 'garbage'), false);
});

test('a token expires after a day', () => {
  const tokens = new CsrfTokens('secret');
  const t = tokens.issue('s', 1_000_000);
  assert.equal(tokens.verify('s', t, 1_000_000 + 1000), true);
  assert.equal(tokens.verify('s', t, 1_000_000 + 25 * 3600 * 1000), false);
});
