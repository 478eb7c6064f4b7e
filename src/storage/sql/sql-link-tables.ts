/**
 * Link tables in SQL both databases accept: rows replaced per page on each links update
 * (a multi-row INSERT per table), and the look-ups for WhatLinksHere, category pages,
 * WantedPages and UncategorizedPages.
 */
import type {
  BacklinkTable, CategoryMember, CategoryMemberType, LinkTableStore, PageLinks, RedirectTarget, TitleKey, WantedPage,
} from '../link-tables.ts';
import type { PageRecord } from '../repository.ts';
import { toPage, type PageRow } from './rows.ts';
import { insertRows, type SqlRunner } from './sql-connection.ts';

const backlinkColumns: Record<BacklinkTable, { from: string; ns?: string; title: string }> = {
  pagelinks: { from: 'pl_from', ns: 'pl_namespace', title: 'pl_title' },
  templatelinks: { from: 'tl_from', ns: 'tl_namespace', title: 'tl_title' },
  imagelinks: { from: 'il_from', title: 'il_to' },
};

const linkTables: Array<[string, string]> = [
  ['pagelinks', 'pl_from'], ['templatelinks', 'tl_from'], ['categorylinks', 'cl_from'],
  ['imagelinks', 'il_from'], ['externallinks', 'el_from'], ['redirect', 'rd_from'],
];

export class SqlLinkTables implements LinkTableStore {
  constructor(private readonly db: SqlRunner) {}

  replaceLinks(pageId: number, links: PageLinks, timestamp: string): void {
    this.db.transaction(() => {
      this.deleteLinks(pageId);
      const ignore = { ignoreConflicts: true };
      insertRows(this.db, 'pagelinks', ['pl_from', 'pl_namespace', 'pl_title'], links.links.map((l) => [pageId, l.namespace, l.dbKey]), ignore);
      insertRows(this.db, 'templatelinks', ['tl_from', 'tl_namespace', 'tl_title'], links.templates.map((t) => [pageId, t.namespace, t.dbKey]), ignore);
      insertRows(
        this.db, 'categorylinks', ['cl_from', 'cl_to', 'cl_sortkey', 'cl_sortkey_prefix', 'cl_timestamp', 'cl_type'],
        links.categories.map((c) => [pageId, c.category, c.sortKey, c.prefix, timestamp, c.type]), ignore,
      );
      insertRows(this.db, 'imagelinks', ['il_from', 'il_to'], links.images.map((i) => [pageId, i]), ignore);
      // In the page's order: el_id numbers the rows as they come.
      insertRows(this.db, 'externallinks', ['el_from', 'el_to'], [...new Set(links.externalLinks)].map((e) => [pageId, e]));
      if (links.redirect) {
        const r = links.redirect;
        this.db.run(
          'INSERT INTO redirect (rd_from, rd_namespace, rd_title, rd_interwiki, rd_fragment) VALUES (?, ?, ?, ?, ?)',
          pageId, r.namespace, r.dbKey, r.interwiki, r.fragment,
        );
      }
    });
  }

  deleteLinks(pageId: number): void {
    for (const [table, column] of linkTables) this.db.run(`DELETE FROM ${table} WHERE ${column} = ?`, pageId);
  }

  getLinks(pageId: number): PageLinks {
    const titles = (sql: string) =>
      this.db.all<{ ns: number; title: string }>(sql, pageId).map((r) => ({ namespace: r.ns, dbKey: r.title }));
    const rd = this.db.get<{ rd_namespace: number; rd_title: string; rd_interwiki: string; rd_fragment: string }>(
      'SELECT * FROM redirect WHERE rd_from = ?', pageId,
    );
    const redirect: RedirectTarget | null = rd
      ? { namespace: rd.rd_namespace, dbKey: rd.rd_title, interwiki: rd.rd_interwiki, fragment: rd.rd_fragment }
      : null;
    return {
      links: titles('SELECT pl_namespace AS ns, pl_title AS title FROM pagelinks WHERE pl_from = ? ORDER BY 1, 2'),
      templates: titles('SELECT tl_namespace AS ns, tl_title AS title FROM templatelinks WHERE tl_from = ? ORDER BY 1, 2'),
      categories: this.db.all<{ cl_to: string; cl_sortkey: string; cl_sortkey_prefix: string; cl_type: CategoryMemberType }>(
        'SELECT * FROM categorylinks WHERE cl_from = ? ORDER BY cl_to', pageId,
      ).map((r) => ({ category: r.cl_to, sortKey: r.cl_sortkey, prefix: r.cl_sortkey_prefix, type: r.cl_type })),
      images: this.db.all<{ il_to: string }>('SELECT il_to FROM imagelinks WHERE il_from = ? ORDER BY il_to', pageId).map((r) => r.il_to),
      externalLinks: this.db.all<{ el_to: string }>('SELECT el_to FROM externallinks WHERE el_from = ? ORDER BY el_id', pageId).map((r) => r.el_to),
      redirect,
    };
  }

  backlinks(table: BacklinkTable, target: TitleKey, opts: { limit: number; afterPageId?: number }): PageRecord[] {
    const c = backlinkColumns[table];
    const nsCond = c.ns ? `AND ${c.ns} = ?` : '';
    const args: Array<string | number> = c.ns ? [target.dbKey, target.namespace] : [target.dbKey];
    return this.db.all<PageRow>(
      `SELECT page.* FROM ${table} JOIN page ON page_id = ${c.from}
       WHERE ${c.title} = ? ${nsCond} AND page_id > ? ORDER BY page_id LIMIT ?`,
      ...args, opts.afterPageId ?? 0, opts.limit,
    ).map(toPage);
  }

  redirectsTo(target: TitleKey, opts: { limit: number }): PageRecord[] {
    return this.db.all<PageRow>(
      `SELECT page.* FROM redirect JOIN page ON page_id = rd_from
       WHERE rd_namespace = ? AND rd_title = ? AND rd_interwiki = '' ORDER BY page_id LIMIT ?`,
      target.namespace, target.dbKey, opts.limit,
    ).map(toPage);
  }

  categoryMembers(category: string, opts: { type: CategoryMemberType; limit: number; from?: string; until?: string }): CategoryMember[] {
    const backwards = opts.until !== undefined && opts.from === undefined;
    const cond = opts.from !== undefined ? 'AND cl_sortkey >= ?' : backwards ? 'AND cl_sortkey < ?' : '';
    const args = opts.from !== undefined ? [opts.from] : backwards ? [opts.until!] : [];
    const order = backwards ? 'DESC' : 'ASC';
    const rows = this.db.all<PageRow & { cl_sortkey: string; cl_sortkey_prefix: string; cl_type: CategoryMemberType }>(
      `SELECT page.*, cl_sortkey, cl_sortkey_prefix, cl_type FROM categorylinks JOIN page ON page_id = cl_from
       WHERE cl_to = ? AND cl_type = ? ${cond} ORDER BY cl_sortkey ${order}, cl_from ${order} LIMIT ?`,
      category, opts.type, ...args, opts.limit,
    );
    const members = rows.map((r) => ({ page: toPage(r), sortKey: r.cl_sortkey, prefix: r.cl_sortkey_prefix, type: r.cl_type }));
    return backwards ? members.reverse() : members;
  }

  categoryCounts(category: string): Record<CategoryMemberType, number> {
    const counts: Record<CategoryMemberType, number> = { page: 0, subcat: 0, file: 0 };
    const rows = this.db.all<{ cl_type: CategoryMemberType; n: number }>(
      'SELECT cl_type, count(*) AS n FROM categorylinks WHERE cl_to = ? GROUP BY cl_type', category,
    );
    for (const r of rows) counts[r.cl_type] = Number(r.n);
    return counts;
  }

  wantedPages(opts: { limit: number; offset?: number }): WantedPage[] {
    // As MediaWiki's WantedPages: links from pages outside the user namespaces, to missing
    // titles outside them, wanted by more than one page.
    return this.db.all<{ ns: number; title: string; n: number }>(
      `SELECT pl_namespace AS ns, pl_title AS title, count(*) AS n
       FROM pagelinks JOIN page src ON src.page_id = pl_from
       LEFT JOIN page dst ON dst.page_namespace = pl_namespace AND dst.page_title = pl_title
       WHERE dst.page_id IS NULL AND pl_namespace NOT IN (2, 3) AND src.page_namespace NOT IN (2, 3)
       GROUP BY pl_namespace, pl_title HAVING count(*) > 1
       ORDER BY n DESC, pl_namespace, pl_title LIMIT ? OFFSET ?`,
      opts.limit, opts.offset ?? 0,
    ).map((r) => ({ namespace: r.ns, dbKey: r.title, count: Number(r.n) }));
  }

  uncategorizedPages(opts: { namespace: number; limit: number; offset?: number }): PageRecord[] {
    return this.db.all<PageRow>(
      `SELECT page.* FROM page LEFT JOIN categorylinks ON cl_from = page_id
       WHERE cl_from IS NULL AND page_namespace = ? AND page_is_redirect = 0
       ORDER BY page_title LIMIT ? OFFSET ?`,
      opts.namespace, opts.limit, opts.offset ?? 0,
    ).map(toPage);
  }
}
