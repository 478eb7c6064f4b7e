import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PageLinks } from '../link-tables.ts';
import { freshTestDatabase } from '../postgres/test-database.ts';
import { PostgresRepository } from '../postgres/postgres-repository.ts';
import type { WikiRepository } from '../repository.ts';
import { SqliteRepository } from '../sqlite/sqlite-repository.ts';
import { newRevision } from '../test-factories.ts';
import { rowsPerStatement } from './sql-connection.ts';

// Lists longer than one statement's worth of rows, with duplicates, on both databases.
const many = rowsPerStatement * 2 + 17;

const databases: Array<[string, () => WikiRepository]> = [
  ['sqlite', () => new SqliteRepository(':memory:')],
  ['postgres', () => new PostgresRepository(freshTestDatabase(), { schema: 'long_lists' })],
];

for (const [name, open] of databases) {
  test(`${name}: link rows longer than one statement keep every row, duplicates once, external links in order`, () => {
    const repo = open();
    try {
      const page = repo.saveRevision(newRevision({ dbKey: 'Hub' })).page;
      const titles = Array.from({ length: many }, (_, i) => ({ namespace: i % 3, dbKey: `T${String(i).padStart(4, '0')}` }));
      const external = Array.from({ length: many }, (_, i) => `https://example.org/${many - i}`);
      const links: PageLinks = {
        links: [...titles, ...titles.slice(0, 5)],
        templates: titles.map((t) => ({ namespace: 10, dbKey: t.dbKey })),
        categories: titles.map((t) => ({ category: t.dbKey, sortKey: 'HUB', prefix: '', type: 'page' as const })),
        images: [...titles.map((t) => `${t.dbKey}.png`), 'T0000.png'],
        externalLinks: [...external, external[0]],
        redirect: null,
      };
      repo.replaceLinks(page.pageId, links, '2024-01-01T00:00:00Z');
      const stored = repo.getLinks(page.pageId);
      assert.equal(stored.links.length, many);
      assert.equal(stored.templates.length, many);
      assert.equal(stored.categories.length, many);
      assert.equal(stored.images.length, many);
      assert.deepEqual(stored.externalLinks, external);
    } finally {
      repo.close();
    }
  });

  test(`${name}: existingPages answers for lists longer than one statement, across namespaces`, () => {
    const repo = open();
    try {
      for (let i = 0; i < many; i += 7) repo.saveRevision(newRevision({ namespace: i % 2 ? 4 : 0, dbKey: `P${i}` }));
      const asked = Array.from({ length: many }, (_, i) => ({ namespace: i % 2 ? 4 : 0, dbKey: `P${i}` }));
      asked.push({ namespace: 4, dbKey: 'P0' }, { namespace: 0, dbKey: 'P0' });
      const expected = new Set(Array.from({ length: many }, (_, i) => i).filter((i) => i % 7 === 0).map((i) => `${i % 2 ? 4 : 0}:P${i}`));
      assert.deepEqual(repo.existingPages(asked), expected);
      assert.deepEqual(repo.existingPages([]), new Set());
    } finally {
      repo.close();
    }
  });
}
