import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations } from '../migrations/index.ts';
import { repositoryContract } from '../repository-contract.ts';
import { newRevision } from '../test-factories.ts';
import { PostgresRepository } from './postgres-repository.ts';
import { freshTestDatabase, postgresTestFactory } from './test-database.ts';

repositoryContract('postgres', postgresTestFactory());

test('postgres: a database keeps its data and migrates once', () => {
  const url = freshTestDatabase();
  const repo = new PostgresRepository(url);
  repo.saveRevision(newRevision({ dbKey: 'Kept' }));
  repo.close();
  const again = new PostgresRepository(url);
  try {
    assert.equal(again.getPage(0, 'Kept')?.dbKey, 'Kept');
    assert.equal(again.db.value('SELECT count(*) FROM schema_migrations'), loadMigrations().length);
  } finally {
    again.close();
  }
});

test('postgres: a failing nested transaction rolls back to its savepoint only', () => {
  const repo = postgresTestFactory()();
  try {
    repo.transaction(() => {
      repo.saveRevision(newRevision({ dbKey: 'Outer' }));
      assert.throws(() => repo.transaction(() => {
        repo.saveRevision(newRevision({ dbKey: 'Inner' }));
        throw new Error('inner');
      }), /inner/);
      repo.setMeta('after', 'yes');
    });
    assert.ok(repo.getPage(0, 'Outer'));
    assert.equal(repo.getPage(0, 'Inner'), null);
    assert.equal(repo.getMeta('after'), 'yes');
    assert.equal(repo.db.inTransaction, false);
  } finally {
    repo.close();
  }
});

test('postgres: titles sort by code point and ?schema= keeps wikis apart', () => {
  const url = freshTestDatabase();
  const one = new PostgresRepository(url, { schema: 'wiki_one' });
  const two = new PostgresRepository(url, { schema: 'wiki_two' });
  try {
    for (const key of ['b', 'B', 'É', 'a_b', 'ab']) one.saveRevision(newRevision({ dbKey: key }));
    assert.deepEqual(one.listPages({ limit: 10 }).map((p) => p.dbKey), ['B', 'a_b', 'ab', 'b', 'É']);
    assert.equal(two.countPages(), 0);
  } finally {
    one.close();
    two.close();
  }
});
