/**
 * A fresh wiki for tests: a temporary data dir and an in-memory SQLite database, or the
 * database a test file chose with useTestDatabase (the same wiki tests run on PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WikiRepository } from '../storage/repository.ts';
import { openWiki, type Wiki } from './wiki.ts';

let openTestDatabase: () => string | WikiRepository = () => ':memory:';

/** Makes withTestWiki open each wiki on a database from `open` (a fresh one per call). */
export function useTestDatabase(open: () => string | WikiRepository): void {
  openTestDatabase = open;
}

/** A fresh database for one test wiki: in-memory SQLite unless a test file chose another. */
export function testDatabase(): string | WikiRepository {
  return openTestDatabase();
}

export function withTestWiki(fn: (wiki: Wiki, dataDir: string) => void | Promise<void>, settingsFile?: string) {
  return async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kagami-wiki-'));
    const wiki = openWiki({ dataDir, db: openTestDatabase(), settingsFile });
    try {
      await fn(wiki, dataDir);
    } finally {
      wiki.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
