/**
 * Applies the shared migration set to a PostgreSQL schema, each file once, in a transaction,
 * rewritten for PostgreSQL by migrations/dialect.ts. The writer lock taken by the transaction
 * keeps two processes from migrating the same schema at once.
 */
import { migrationSql } from '../migrations/dialect.ts';
import { loadMigrations, migrationsTableSql } from '../migrations/index.ts';
import type { PgConnection } from './pg-connection.ts';

export function migratePostgres(db: PgConnection): number[] {
  return db.transaction(() => {
    db.exec(migrationSql(migrationsTableSql, 'postgres'));
    const applied = new Set(db.column<number>('SELECT version FROM schema_migrations'));
    const done: number[] = [];
    for (const m of loadMigrations()) {
      if (applied.has(m.version)) continue;
      db.exec(migrationSql(m.sql, 'postgres'));
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }
    return done;
  });
}
