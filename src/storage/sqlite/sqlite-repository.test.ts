import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations } from '../migrations/index.ts';
import { repositoryContract } from '../repository-contract.ts';
import { newRevision } from '../test-factories.ts';
import { SqliteRepository } from './sqlite-repository.ts';

repositoryContract('sqlite', () => new SqliteRepository(':memory:'));

test('sqlite: a database file uses WAL, keeps its data and migrates once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-sqlite-'));
  try {
    const file = join(dir, 'wiki.sqlite');
    const repo = new SqliteRepository(file);
    assert.equal(repo.db.pragma('journal_mode', { simple: true }), 'wal');
    repo.saveRevision(newRevision({ dbKey: 'Kept' }));
    repo.close();
    const again = new SqliteRepository(file);
    assert.equal(again.getPage(0, 'Kept')?.dbKey, 'Kept');
    assert.equal(again.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), loadMigrations().length);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
