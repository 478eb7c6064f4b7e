/**
 * page_restrictions in SQL both databases accept.
 */
import type { PageRestriction, RestrictionStore } from '../restriction-store.ts';
import { insertRows, type SqlRunner } from './sql-connection.ts';

export class SqlRestrictions implements RestrictionStore {
  constructor(private readonly db: SqlRunner) {}

  getRestrictions(pageId: number): PageRestriction[] {
    return this.db.all<{ pr_type: string; pr_level: string; pr_expiry: string }>(
      'SELECT pr_type, pr_level, pr_expiry FROM page_restrictions WHERE pr_page = ? ORDER BY pr_type', pageId,
    ).map((r) => ({ type: r.pr_type, level: r.pr_level, expiry: r.pr_expiry }));
  }

  setRestrictions(pageId: number, restrictions: PageRestriction[]): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM page_restrictions WHERE pr_page = ?', pageId);
      insertRows(this.db, 'page_restrictions', ['pr_page', 'pr_type', 'pr_level', 'pr_expiry'],
        restrictions.map((r) => [pageId, r.type, r.level, r.expiry]));
    });
  }
}
