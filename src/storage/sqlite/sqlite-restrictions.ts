/**
 * page_restrictions on SQLite.
 */
import type Database from 'better-sqlite3';
import type { PageRestriction, RestrictionStore } from '../restriction-store.ts';

export class SqliteRestrictions implements RestrictionStore {
  constructor(private readonly db: Database.Database) {}

  getRestrictions(pageId: number): PageRestriction[] {
    return (this.db.prepare('SELECT pr_type, pr_level, pr_expiry FROM page_restrictions WHERE pr_page = ? ORDER BY pr_type').all(pageId) as
      Array<{ pr_type: string; pr_level: string; pr_expiry: string }>).map((r) => ({ type: r.pr_type, level: r.pr_level, expiry: r.pr_expiry }));
  }

  setRestrictions(pageId: number, restrictions: PageRestriction[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM page_restrictions WHERE pr_page = ?').run(pageId);
      const insert = this.db.prepare('INSERT INTO page_restrictions (pr_page, pr_type, pr_level, pr_expiry) VALUES (?, ?, ?, ?)');
      for (const r of restrictions) insert.run(pageId, r.type, r.level, r.expiry);
    })();
  }
}
