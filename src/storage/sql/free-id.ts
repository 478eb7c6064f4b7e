/**
 * Id assignment: the wanted id when it is free, else one past the largest ever used. Ids of
 * archived (deleted) revisions and pages count as used, so undeletion can bring them back.
 * Callers are inside a transaction, which holds the writer lock on either database.
 */
import type { SqlRunner } from './sql-connection.ts';

const alsoUsed: Record<string, Array<[string, string]>> = {
  revision: [['archive', 'ar_rev_id']],
  page: [['archive', 'ar_page_id']],
};

function taken(db: SqlRunner, table: string, column: string, id: number): boolean {
  return db.get(`SELECT 1 AS one FROM ${table} WHERE ${column} = ?`, id) !== null;
}

export function freeId(db: SqlRunner, table: string, column: string, wanted?: number): number {
  const sources = [[table, column], ...(alsoUsed[table] ?? [])];
  if (wanted !== undefined && wanted > 0 && !sources.some(([t, c]) => taken(db, t, c, wanted))) return wanted;
  const union = sources.map(([t, c]) => `SELECT max(${c}) AS m FROM ${t}`).join(' UNION ALL ');
  return Number(db.get<{ m: number }>(`SELECT coalesce(max(m), 0) AS m FROM (${union}) AS used`)?.m ?? 0) + 1;
}

/** Whether an id is free in the table itself (undeletion keeps archived ids when it can). */
export function isFreeId(db: SqlRunner, table: string, column: string, id: number): boolean {
  return !taken(db, table, column, id);
}
