/**
 * Id assignment: the wanted id when it is free, else one past the largest ever used. Ids of
 * archived (deleted) revisions and pages count as used, so undeletion can bring them back.
 */
import type Database from 'better-sqlite3';

const alsoUsed: Record<string, Array<[string, string]>> = {
  revision: [['archive', 'ar_rev_id']],
  page: [['archive', 'ar_page_id']],
};

export function freeId(db: Database.Database, table: string, column: string, wanted?: number): number {
  if (wanted !== undefined && wanted > 0) {
    const taken = db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).pluck().get(wanted);
    const archived = (alsoUsed[table] ?? []).some(([t, c]) => db.prepare(`SELECT 1 FROM ${t} WHERE ${c} = ?`).pluck().get(wanted));
    if (!taken && !archived) return wanted;
  }
  let max = (db.prepare(`SELECT max(${column}) FROM ${table}`).pluck().get() as number | null) ?? 0;
  for (const [t, c] of alsoUsed[table] ?? []) {
    max = Math.max(max, (db.prepare(`SELECT max(${c}) FROM ${t}`).pluck().get() as number | null) ?? 0);
  }
  return max + 1;
}

/** Whether an id is free in the table itself (undeletion keeps archived ids when it can). */
export function isFreeId(db: Database.Database, table: string, column: string, id: number): boolean {
  return !db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).pluck().get(id);
}
