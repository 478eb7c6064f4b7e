/**
 * Applies the shared migration set, each file once, recorded in schema_migrations, all in
 * one transaction (on PostgreSQL it takes the writer lock, so two processes never migrate the
 * same schema at once). Each file is rewritten for the connection's dialect by
 * migrations/dialect.ts.
 */
import { migrationSql } from '../migrations/dialect.ts';
import { loadMigrations, migrationsTableSql } from '../migrations/index.ts';
import type { SqlConnection } from './sql-connection.ts';

export function migrate(db: SqlConnection): number[] {
  return db.transaction(() => {
    db.exec(migrationSql(migrationsTableSql, db.dialect));
    const applied = new Set(db.all<{ version: number }>('SELECT version FROM schema_migrations').map((r) => Number(r.version)));
    const done: number[] = [];
    for (const m of loadMigrations()) {
      if (applied.has(m.version)) continue;
      db.exec(migrationSql(m.sql, db.dialect));
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }
    return done;
  });
}
