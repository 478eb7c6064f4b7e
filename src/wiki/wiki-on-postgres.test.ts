/**
 * The wiki-level tests again, each wiki on a fresh PostgreSQL schema.
 */
import { describe } from 'node:test';
import { postgresTestFactory } from '../storage/postgres/test-database.ts';
import { useTestDatabase } from './test-wiki.ts';

useTestDatabase(postgresTestFactory());

describe('postgres', async () => {
  await import('./wiki.test.ts');
  await import('./page-operations.test.ts');
  await import('./putinp-wiki.test.ts');
});
