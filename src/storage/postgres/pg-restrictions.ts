/**
 * page_restrictions on PostgreSQL.
 */
import type { PageRestriction, RestrictionStore } from '../restriction-store.ts';
import type { PgConnection } from './pg-connection.ts';

export class PgRestrictions implements RestrictionStore {
  constructor(private readonly db: PgConnection) {}

  getRestrictions(pageId: number): PageRestriction[] {
    return this.db.all<{ pr_type: string; pr_level: string; pr_expiry: string }>(
      'SELECT pr_type, pr_level, pr_expiry FROM page_restrictions WHERE pr_page = ? ORDER BY pr_type', pageId,
    ).map((r) => ({ type: r.pr_type, level: r.pr_level, expiry: r.pr_expiry }));
  }

  setRestrictions(pageId: number, restrictions: PageRestriction[]): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM page_restrictions WHERE pr_page = ?', pageId);
      for (const r of restrictions) {
        this.db.run('INSERT INTO page_restrictions (pr_page, pr_type, pr_level, pr_expiry) VALUES (?, ?, ?, ?)', pageId, r.type, r.level, r.expiry);
      }
    });
  }
}
