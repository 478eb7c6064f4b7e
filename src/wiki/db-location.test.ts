import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDbLocation } from './db-location.ts';

test('database locations', () => {
  assert.deepEqual(parseDbLocation(undefined, '/d'), { kind: 'sqlite', filename: '/d/wiki.sqlite' });
  assert.deepEqual(parseDbLocation('', '/d'), { kind: 'sqlite', filename: '/d/wiki.sqlite' });
  assert.deepEqual(parseDbLocation('sqlite:/tmp/x.db', '/d'), { kind: 'sqlite', filename: '/tmp/x.db' });
  assert.deepEqual(parseDbLocation('./w.sqlite', '/d'), { kind: 'sqlite', filename: './w.sqlite' });
  assert.deepEqual(parseDbLocation('postgres://u:p@db:5432/wiki', '/d'), { kind: 'postgres', url: 'postgres://u:p@db:5432/wiki' });
  assert.deepEqual(parseDbLocation('postgres://u@db/wiki?schema=wiki_two&sslmode=disable', '/d'),
    { kind: 'postgres', url: 'postgres://u@db/wiki?sslmode=disable', schema: 'wiki_two' });
  assert.deepEqual(parseDbLocation('postgresql:///wiki?host=/run/postgresql', '/d'),
    { kind: 'postgres', url: 'postgresql:///wiki?host=/run/postgresql' });
  assert.throws(() => parseDbLocation('postgres://db/wiki?schema=a;b', '/d'), /invalid PostgreSQL schema/);
  assert.throws(() => parseDbLocation('mysql://x/y', '/d'), /unsupported database URL/);
  assert.throws(() => parseDbLocation('postgres://', '/d'), /invalid PostgreSQL URL/);
});
