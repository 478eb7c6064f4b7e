import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBinaries, testServerUrl } from './test-cluster.ts';

test('the newest PostgreSQL with initdb and pg_ctl is used', () => {
  const root = mkdtempSync(join(tmpdir(), 'kagami-pgbin-'));
  try {
    for (const [version, tools] of [['9', ['initdb', 'pg_ctl']], ['13', ['initdb', 'pg_ctl']], ['16', ['initdb']]] as const) {
      mkdirSync(join(root, version, 'bin'), { recursive: true });
      for (const tool of tools) writeFileSync(join(root, version, 'bin', tool), '');
    }
    assert.equal(findPostgresBinaries(root), join(root, '13', 'bin'));
    assert.equal(findPostgresBinaries(join(root, 'absent')), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('without KAGAMI_TEST_PG or PostgreSQL binaries the tests fail, saying what to install', () => {
  const saved = process.env.KAGAMI_TEST_PG;
  delete process.env.KAGAMI_TEST_PG;
  try {
    assert.throws(() => testServerUrl('/nonexistent/postgresql'), /set KAGAMI_TEST_PG=postgres:.*install Debian's postgresql package/s);
  } finally {
    if (saved !== undefined) process.env.KAGAMI_TEST_PG = saved;
  }
});
