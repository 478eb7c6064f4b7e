import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runKagami } from './run-kagami.ts';

const dump = join(repoRoot, '../shared/fixtures/putinp-wiki/dump.xml');

test('kagami rebuild-search: nothing left after an import, every page with --all', { skip: existsSync(dump) ? false : 'shared fixture not found' }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kagami-cli-search-'));
  try {
    const data = join(tmp, 'data');
    assert.equal((await runKagami(['import', dump, '--data', data, '--quiet'])).code, 0);
    const again = await runKagami(['rebuild-search', '--data', data]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^indexed 0 pages, removed 0 entries in [\d.]+ s\n$/);
    const all = await runKagami(['rebuild-search', '--data', data, '--all']);
    assert.match(all.stdout, /^indexed 9 pages, removed 0 entries/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
