/**
 * The one migration set every database implementation applies: numbered SQL files in this
 * folder, run in order, each once. Implementations record applied versions in
 * `schema_migrations` and run each file inside a transaction. Files use SQL both databases
 * accept; what PostgreSQL spells differently is rewritten by dialect.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const folder = fileURLToPath(new URL('.', import.meta.url));

/** The migrations, oldest first. */
export function loadMigrations(): Migration[] {
  return readdirSync(folder)
    .filter((f) => /^\d+-.*\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('-'))),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(`${folder}/${file}`, 'utf8'),
    }));
}

export const migrationsTableSql =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';
