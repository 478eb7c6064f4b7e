/** The row mappings moved to ../sql/rows.ts (shared by both databases); this path still resolves for older imports. */
export * from '../sql/rows.ts';
