/**
 * The one synchronous connection every SQL store is written against: `?` placeholders,
 * integers back as numbers, `transaction` nesting as savepoints. SQLite adapts
 * better-sqlite3 to it (sqlite/sqlite-connection.ts); PostgreSQL's PgConnection is one.
 * The stores use SQL both databases accept (`ON CONFLICT DO NOTHING`, `RETURNING`,
 * `CAST(? AS BIGINT)`); what still differs between them is the dialect data below.
 */
import type { SqlDialect } from '../migrations/dialect.ts';

export type SqlArg = string | number | null;

export interface SqlRunner {
  all<T>(sql: string, ...args: SqlArg[]): T[];
  get<T>(sql: string, ...args: SqlArg[]): T | null;
  run(sql: string, ...args: SqlArg[]): void;
  /** Runs fn in a transaction (a savepoint when nested); rolled back if it throws. */
  transaction<T>(fn: () => T): T;
}

export interface SqlConnection extends SqlRunner {
  readonly dialect: SqlDialect;
  /** Several statements without parameters (migrations). */
  exec(sql: string): void;
  close(): void;
}

/** Appended to the SELECT that picks a job to claim: PostgreSQL skips rows other workers hold; SQLite has one writer at a time. */
export const skipLockedRows: Record<SqlDialect, string> = {
  sqlite: '',
  postgres: ' FOR UPDATE SKIP LOCKED',
};

/** Rows per multi-row INSERT or IN list (well below either database's parameter limit). */
export const rowsPerStatement = 200;

/** Cuts a list into statement-sized pieces. */
export function chunks<T>(items: readonly T[], size = rowsPerStatement): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `INSERT INTO table (columns) VALUES (?, ...), (?, ...) ON CONFLICT DO NOTHING` for every row, a chunk per statement. */
export function insertRows(
  db: SqlRunner, table: string, columns: readonly string[], rows: ReadonlyArray<readonly SqlArg[]>, opts: { ignoreConflicts?: boolean } = {},
): void {
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (const chunk of chunks(rows)) {
    db.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}${opts.ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''}`,
      ...chunk.flat(),
    );
  }
}
