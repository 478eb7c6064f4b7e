/**
 * The upload, thumbnail and import-images tests and the HTTP upload tests again, each wiki
 * on a fresh PostgreSQL schema.
 */
import { describe } from 'node:test';
import { postgresTestFactory } from '../storage/postgres/test-database.ts';
import { useTestDatabase } from '../wiki/test-wiki.ts';

useTestDatabase(postgresTestFactory());

describe('postgres', async () => {
  await import('./upload-file.test.ts');
  await import('./thumbnail.test.ts');
  await import('../server/uploads.test.ts');
});
