/**
 * The server tests again (reading, editing with conflicts and merges, page actions), each
 * wiki on a fresh PostgreSQL schema.
 */
import { describe } from 'node:test';
import { postgresTestFactory } from '../storage/postgres/test-database.ts';
import { useTestDatabase } from '../wiki/test-wiki.ts';

useTestDatabase(postgresTestFactory());

describe('postgres', async () => {
  await import('./app.test.ts');
  await import('./edit.test.ts');
  await import('./concurrent-edits.test.ts');
  await import('./page-actions.test.ts');
});
