/**
 * Link tables on SQLite: rows replaced per page on each links update, and the look-ups for
 * WhatLinksHere, category pages, WantedPages and UncategorizedPages.
 */
import type Database from 'better-sqlite3';
import type {
  BacklinkTable, CategoryMember, CategoryMemberType, LinkTableStore, PageLinks, RedirectTarget, TitleKey, WantedPage,
} from '../link-tables.ts';
import type { PageRecord } from '../repository.ts';
import { toPage, type PageRow } from './rows.ts';

const backlinkColumns: Record<BacklinkTable, { from: string; ns?: string; title: string }> = {
  pagelinks: { from: 'pl_from', ns: 'pl_namespace', title: 'pl_title' },
  templatelinks: { from: 'tl_from', ns: 'tl_namespace', title: 'tl_title' },
  imagelinks: { from: 'il_from', title: 'il_to' },
};

export class SqliteLinkTables implements LinkTableStore {
  constructor(private readonly db: Database.Database) {}

  replaceLinks(pageId: number, links: PageLinks, timestamp: string): void {
    this.db.transaction(() => {
      this.deleteLinks(pageId);
      const pl = this.db.prepare('INSERT OR IGNORE INTO pagelinks (pl_from, pl_namespace, pl_title) VALUES (?, ?, ?)');
      for (const l of links.links) pl.run(pageId, l.namespace, l.dbKey);
      const tl = this.db.prepare('INSERT OR IGNORE INTO templatelinks (tl_from, tl_namespace, tl_title) VALUES (?, ?, ?)');
      for (const t of links.templates) tl.run(pageId, t.namespace, t.dbKey);
      const cl = this.db.prepare(
        `INSERT OR IGNORE INTO categorylinks (cl_from, cl_to, cl_sortkey, cl_sortkey_prefix, cl_timestamp, cl_type)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (const c of links.categories) cl.run(pageId, c.category, c.sortKey, c.prefix, timestamp, c.type);
      const il = this.db.prepare('INSERT OR IGNORE INTO imagelinks (il_from, il_to) VALUES (?, ?)');
      for (const i of links.images) il.run(pageId, i);
      const el = this.db.prepare('INSERT INTO externallinks (el_from, el_to) VALUES (?, ?)');
      for (const e of new Set(links.externalLinks)) el.run(pageId, e);
      if (links.redirect) {
        const r = links.redirect;
        this.db.prepare('INSERT INTO redirect (rd_from, rd_namespace, rd_title, rd_interwiki, rd_fragment) VALUES (?, ?, ?, ?, ?)')
          .run(pageId, r.namespace, r.dbKey, r.interwiki, r.fragment);
      }
    })();
  }

  deleteLinks(pageId: number): void {
    for (const [table, column] of [
      ['pagelinks', 'pl_from'], ['templatelinks', 'tl_from'], ['categorylinks', 'cl_from'],
      ['imagelinks', 'il_from'], ['externallinks', 'el_from'], ['redirect', 'rd_from'],
    ]) {
      this.db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(pageId);
    }
  }

  getLinks(pageId: number): PageLinks {
    const titles = (sql: string) =>
      (this.db.prepare(sql).all(pageId) as Array<{ ns: number; title: string }>).map((r) => ({ namespace: r.ns, dbKey: r.title }));
    const rd = this.db.prepare('SELECT * FROM redirect WHERE rd_from = ?').get(pageId) as
      { rd_namespace: number; rd_title: string; rd_interwiki: string; rd_fragment: string } | undefined;
    const redirect: RedirectTarget | null = rd
      ? { namespace: rd.rd_namespace, dbKey: rd.rd_title, interwiki: rd.rd_interwiki, fragment: rd.rd_fragment }
      : null;
    return {
      links: titles('SELECT pl_namespace AS ns, pl_title AS title FROM pagelinks WHERE pl_from = ? ORDER BY 1, 2'),
      templates: titles('SELECT tl_namespace AS ns, tl_title AS title FROM templatelinks WHERE tl_from = ? ORDER BY 1, 2'),
      categories: (this.db.prepare('SELECT * FROM categorylinks WHERE cl_from = ? ORDER BY cl_to').all(pageId) as Array<
        { cl_to: string; cl_sortkey: string; cl_sortkey_prefix: string; cl_type: CategoryMemberType }
      >).map((r) => ({ category: r.cl_to, sortKey: r.cl_sortkey, prefix: r.cl_sortkey_prefix, type: r.cl_type })),
      images: this.db.prepare('SELECT il_to FROM imagelinks WHERE il_from = ? ORDER BY il_to').pluck().all(pageId) as string[],
      externalLinks: this.db.prepare('SELECT el_to FROM externallinks WHERE el_from = ? ORDER BY el_id').pluck().all(pageId) as string[],
      redirect,
    };
  }

  backlinks(table: BacklinkTable, target: TitleKey, opts: { limit: number; afterPageId?: number }): PageRecord[] {
    const c = backlinkColumns[table];
    const nsCond = c.ns ? `AND ${c.ns} = ?` : '';
    const args: Array<string | number> = c.ns ? [target.namespace, target.dbKey] : [target.dbKey];
    const rows = this.db.prepare(
      `SELECT page.* FROM ${table} JOIN page ON page_id = ${c.from}
       WHERE ${c.title} = ? ${nsCond} AND page_id > ? ORDER BY page_id LIMIT ?`,
    ).all(...(c.ns ? [args[1], args[0]] : args), opts.afterPageId ?? 0, opts.limit) as PageRow[];
    return rows.map(toPage);
  }

  redirectsTo(target: TitleKey, opts: { limit: number }): PageRecord[] {
    const rows = this.db.prepare(
      `SELECT page.* FROM redirect JOIN page ON page_id = rd_from
       WHERE rd_namespace = ? AND rd_title = ? AND rd_interwiki = '' ORDER BY page_id LIMIT ?`,
    ).all(target.namespace, target.dbKey, opts.limit) as PageRow[];
    return rows.map(toPage);
  }

  categoryMembers(category: string, opts: { type: CategoryMemberType; limit: number; from?: string; until?: string }): CategoryMember[] {
    const backwards = opts.until !== undefined && opts.from === undefined;
    const cond = opts.from !== undefined ? 'AND cl_sortkey >= ?' : backwards ? 'AND cl_sortkey < ?' : '';
    const args = opts.from !== undefined ? [opts.from] : backwards ? [opts.until!] : [];
    const order = backwards ? 'DESC' : 'ASC';
    const rows = this.db.prepare(
      `SELECT page.*, cl_sortkey, cl_sortkey_prefix, cl_type FROM categorylinks JOIN page ON page_id = cl_from
       WHERE cl_to = ? AND cl_type = ? ${cond} ORDER BY cl_sortkey ${order}, cl_from ${order} LIMIT ?`,
    ).all(category, opts.type, ...args, opts.limit) as Array<PageRow & { cl_sortkey: string; cl_sortkey_prefix: string; cl_type: CategoryMemberType }>;
    const members = rows.map((r) => ({ page: toPage(r), sortKey: r.cl_sortkey, prefix: r.cl_sortkey_prefix, type: r.cl_type }));
    return backwards ? members.reverse() : members;
  }

  categoryCounts(category: string): Record<CategoryMemberType, number> {
    const counts: Record<CategoryMemberType, number> = { page: 0, subcat: 0, file: 0 };
    const rows = this.db.prepare('SELECT cl_type, count(*) AS n FROM categorylinks WHERE cl_to = ? GROUP BY cl_type').all(category) as
      Array<{ cl_type: CategoryMemberType; n: number }>;
    for (const r of rows) counts[r.cl_type] = r.n;
    return counts;
  }

  wantedPages(opts: { limit: number; offset?: number }): WantedPage[] {
    // As MediaWiki's WantedPages: links from pages outside the user namespaces, to missing
    // titles outside them, wanted by more than one page.
    const rows = this.db.prepare(
      `SELECT pl_namespace AS ns, pl_title AS title, count(*) AS n
       FROM pagelinks JOIN page src ON src.page_id = pl_from
       LEFT JOIN page dst ON dst.page_namespace = pl_namespace AND dst.page_title = pl_title
       WHERE dst.page_id IS NULL AND pl_namespace NOT IN (2, 3) AND src.page_namespace NOT IN (2, 3)
       GROUP BY pl_namespace, pl_title HAVING count(*) > 1
       ORDER BY n DESC, pl_namespace, pl_title LIMIT ? OFFSET ?`,
    ).all(opts.limit, opts.offset ?? 0) as Array<{ ns: number; title: string; n: number }>;
    return rows.map((r) => ({ namespace: r.ns, dbKey: r.title, count: r.n }));
  }

  uncategorizedPages(opts: { namespace: number; limit: number; offset?: number }): PageRecord[] {
    const rows = this.db.prepare(
      `SELECT page.* FROM page LEFT JOIN categorylinks ON cl_from = page_id
       WHERE cl_from IS NULL AND page_namespace = ? AND page_is_redirect = 0
       ORDER BY page_title LIMIT ? OFFSET ?`,
    ).all(opts.namespace, opts.limit, opts.offset ?? 0) as PageRow[];
    return rows.map(toPage);
  }
}
