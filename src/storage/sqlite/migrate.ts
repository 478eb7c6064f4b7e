/**
 * Applies the shared migration set to a SQLite database, each file once, in a transaction.
 */
import type Database from 'better-sqlite3';
import { loadMigrations, migrationsTableSql } from '../migrations/index.ts';

export function migrateSqlite(db: Database.Database): number[] {
  db.exec(migrationsTableSql);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const done: number[] = [];
  for (const m of loadMigrations()) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version, m.name, new Date().toISOString(),
      );
    })();
    done.push(m.version);
  }
  return done;
}
