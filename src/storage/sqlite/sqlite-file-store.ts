/**
 * The FileStore on SQLite: better-sqlite3 adapted to the shared SQL implementation's runner.
 */
import type Database from 'better-sqlite3';
import { SqlFileStore, type SqlRunner } from '../sql-file-store.ts';

export function sqliteRunner(db: Database.Database): SqlRunner {
  return {
    all: <T>(sql: string, ...args: Array<string | number | null>) => db.prepare(sql).all(...args) as T[],
    get: <T>(sql: string, ...args: Array<string | number | null>) => (db.prepare(sql).get(...args) as T | undefined) ?? null,
    run: (sql: string, ...args: Array<string | number | null>) => { db.prepare(sql).run(...args); },
    transaction: <T>(fn: () => T) => db.transaction(fn)(),
  };
}

export function sqliteFileStore(db: Database.Database): SqlFileStore {
  return new SqlFileStore(sqliteRunner(db));
}
