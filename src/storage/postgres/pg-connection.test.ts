import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberPlaceholders, pgArray, withoutPassword } from './pg-connection.ts';

test('? placeholders are numbered, except inside quoted strings and identifiers', () => {
  assert.equal(numberPlaceholders('SELECT * FROM t WHERE a = ? AND b > ? LIMIT ?'), 'SELECT * FROM t WHERE a = $1 AND b > $2 LIMIT $3');
  assert.equal(numberPlaceholders(`SELECT '?', 'it''s ?', "col?" FROM t WHERE x = ?::bigint`), `SELECT '?', 'it''s ?', "col?" FROM t WHERE x = $1::bigint`);
});

test('array literals quote every element', () => {
  assert.equal(pgArray([0, 10]), '{"0","10"}');
  assert.equal(pgArray(['A "b"', 'c\\d', 'x,y', '']), '{"A \\"b\\"","c\\\\d","x,y",""}');
  assert.equal(pgArray([]), '{}');
});

test('passwords are left out of URLs in messages', () => {
  assert.equal(withoutPassword('postgres://wiki:s3cret@db:5432/w'), 'postgres://wiki:***@db:5432/w');
  assert.equal(withoutPassword('postgres://wiki@db/w'), 'postgres://wiki@db/w');
  assert.equal(withoutPassword('host=db password=s3cret'), 'host=db password=***');
});
