/**
 * better-sqlite3 as the stores' SqlConnection: statements prepared once per SQL text,
 * nested transactions as savepoints (better-sqlite3's own).
 */
import type Database from 'better-sqlite3';
import type { SqlArg, SqlConnection } from '../sql/sql-connection.ts';

const cacheLimit = 500;

export function sqliteConnection(db: Database.Database): SqlConnection {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = statements.get(sql);
    if (!stmt) {
      if (statements.size >= cacheLimit) statements.clear();
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  return {
    dialect: 'sqlite',
    all: <T>(sql: string, ...args: SqlArg[]) => prepare(sql).all(...args) as T[],
    get: <T>(sql: string, ...args: SqlArg[]) => (prepare(sql).get(...args) as T | undefined) ?? null,
    run: (sql: string, ...args: SqlArg[]) => { prepare(sql).run(...args); },
    transaction: <T>(fn: () => T) => db.transaction(fn)(),
    exec: (sql: string) => { db.exec(sql); },
    close: () => { statements.clear(); db.close(); },
  };
}
