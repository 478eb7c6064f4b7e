/**
 * A fresh wiki for tests: a temporary data dir and an in-memory SQLite database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiki, type Wiki } from './wiki.ts';

export function withTestWiki(fn: (wiki: Wiki, dataDir: string) => void | Promise<void>, settingsFile?: string) {
  return async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kagami-wiki-'));
    const wiki = openWiki({ dataDir, db: ':memory:', settingsFile });
    try {
      await fn(wiki, dataDir);
    } finally {
      wiki.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
