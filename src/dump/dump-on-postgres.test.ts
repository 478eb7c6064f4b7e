/**
 * The dump import and export tests again, each wiki on a fresh PostgreSQL schema.
 */
import { describe } from 'node:test';
import { postgresTestFactory } from '../storage/postgres/test-database.ts';
import { useTestDatabase } from '../wiki/test-wiki.ts';

useTestDatabase(postgresTestFactory());

describe('postgres', async () => {
  await import('./import-dump.test.ts');
  await import('./export-dump.test.ts');
  await import('./page-checks.test.ts');
});
