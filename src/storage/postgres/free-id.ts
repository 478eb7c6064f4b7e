/**
 * Id assignment as on SQLite: the wanted id when it is free, else one past the largest ever
 * used (archived revisions and pages count as used, so undeletion can bring them back).
 * Callers are inside a transaction, which holds the writer lock.
 */
import type { PgConnection } from './pg-connection.ts';

const alsoUsed: Record<string, Array<[string, string]>> = {
  revision: [['archive', 'ar_rev_id']],
  page: [['archive', 'ar_page_id']],
};

export function freeId(db: PgConnection, table: string, column: string, wanted?: number): number {
  if (wanted !== undefined && wanted > 0) {
    const taken = db.value(`SELECT 1 FROM ${table} WHERE ${column} = ?`, wanted);
    const archived = (alsoUsed[table] ?? []).some(([t, c]) => db.value(`SELECT 1 FROM ${t} WHERE ${c} = ?`, wanted));
    if (!taken && !archived) return wanted;
  }
  const sources = [[table, column], ...(alsoUsed[table] ?? [])].map(([t, c]) => `SELECT max(${c}) AS m FROM ${t}`);
  const max = db.value<number>(`SELECT coalesce(max(m), 0) FROM (${sources.join(' UNION ALL ')}) AS used`) ?? 0;
  return max + 1;
}

/** Whether an id is free in the table itself. */
export function isFreeId(db: PgConnection, table: string, column: string, id: number): boolean {
  return !db.value(`SELECT 1 FROM ${table} WHERE ${column} = ?`, id);
}
