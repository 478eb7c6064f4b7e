/**
 * The page data wiki tests again, each wiki on a fresh PostgreSQL schema.
 */
import { describe } from 'node:test';
import { postgresTestFactory } from '../storage/postgres/test-database.ts';
import { useTestDatabase } from '../wiki/test-wiki.ts';

useTestDatabase(postgresTestFactory());

describe('postgres', async () => {
  await import('./page-data-wiki.test.ts');
});
