/**
 * Opens the repository a database location names: the SQLite file (the embedded default) or
 * a PostgreSQL database. Both are migrated to the current schema on open.
 */
import { PostgresRepository } from '../storage/postgres/postgres-repository.ts';
import type { WikiRepository } from '../storage/repository.ts';
import { SqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import type { DbLocation } from './db-location.ts';

export function openRepository(location: DbLocation): WikiRepository {
  if (location.kind === 'postgres') return new PostgresRepository(location.url, { schema: location.schema });
  return new SqliteRepository(location.filename);
}
