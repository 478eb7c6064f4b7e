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
