import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, invalidPasswordHash, verifyPassword } from './password.ts';

const fast = { N: 1024, r: 8, p: 1 };

test('a password matches its own hash only, and hashes are salted', () => {
  const hash = hashPassword('correct horse', fast);
  assert.match(hash, /^:scrypt:1024:8:1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
  assert.equal(verifyPassword('correct horse', hash), true);
  assert.equal(verifyPassword('correct horsf', hash), false);
  assert.equal(verifyPassword('', hash), false);
  assert.notEqual(hashPassword('correct horse', fast), hash);
});

test('composed and decomposed accents are the same password', () => {
  const hash = hashPassword('caf\u00e9-latte', fast);
  assert.equal(verifyPassword('cafe\u0301-latte', hash), true);
});

test('unreadable or placeholder hashes match nothing', () => {
  for (const stored of [invalidPasswordHash, '', ':pbkdf2:sha512:30000:64:x:y', ':scrypt:0:8:1:AA==:AA==', ':scrypt:1024:8:1:AA==:']) {
    assert.equal(verifyPassword('anything', stored), false, stored);
  }
});
