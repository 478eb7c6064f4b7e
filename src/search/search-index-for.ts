/**
 * The search index of a repository, on the repository's own connection (one per
 * repository): FTS5 for SQLite, tsvector for PostgreSQL. Null for a repository of another
 * kind; callers then leave search out.
 */
import { PostgresRepository } from '../storage/postgres/postgres-repository.ts';
import type { WikiRepository } from '../storage/repository.ts';
import { SqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import { PgSearchIndex } from './postgres/pg-search-index.ts';
import type { SearchIndex } from './search-index.ts';
import { SqliteSearchIndex } from './sqlite-fts5/sqlite-search-index.ts';

const indexes = new WeakMap<WikiRepository, SearchIndex>();

export function searchIndexFor(repo: WikiRepository): SearchIndex | null {
  let index = indexes.get(repo);
  if (index) return index;
  if (repo instanceof SqliteRepository) index = new SqliteSearchIndex(repo.db);
  else if (repo instanceof PostgresRepository) index = new PgSearchIndex(repo.db);
  else return null;
  indexes.set(repo, index);
  return index;
}
