import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresRepository } from '../storage/postgres/postgres-repository.ts';
import { freshTestDatabase } from '../storage/postgres/test-database.ts';
import { SqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import { openWiki } from './wiki.ts';

test('a postgres:// location (--db or KAGAMI_DB) opens PostgreSQL; the data dir keeps settings, not a database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-open-'));
  const saved = process.env.KAGAMI_DB;
  try {
    const url = `${freshTestDatabase()}?schema=wiki_a`;
    const settings = join(dataDir, 'in.json');
    writeFileSync(settings, JSON.stringify({ wgSitename: 'Elsewhere' }));
    const wiki = openWiki({ dataDir, db: url, settingsFile: settings });
    assert.ok(wiki.repo instanceof PostgresRepository);
    wiki.save({ title: 'Stored_remotely', text: 'hello', user: 'Ann' });
    wiki.close();
    assert.ok(existsSync(join(dataDir, 'settings.json')));
    assert.ok(!existsSync(join(dataDir, 'wiki.sqlite')));

    process.env.KAGAMI_DB = url;
    const again = openWiki({ dataDir });
    try {
      assert.equal(again.config.wgSitename, 'Elsewhere');
      assert.equal(again.getPage('Stored remotely')?.revision.text, 'hello');
    } finally {
      again.close();
    }
    delete process.env.KAGAMI_DB;
    const local = openWiki({ dataDir });
    assert.ok(local.repo instanceof SqliteRepository);
    assert.equal(local.getPage('Stored remotely'), null);
    local.close();
  } finally {
    if (saved === undefined) delete process.env.KAGAMI_DB; else process.env.KAGAMI_DB = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
