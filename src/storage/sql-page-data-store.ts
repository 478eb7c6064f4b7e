/**
 * The PageDataStore in SQL both databases accept, over the query runner the other stores
 * use. Values are matched through pd_value_key (lower-cased here, so both databases compare
 * the same way whatever their collation).
 */
import { numericValue, type PageDataItem, type PageDataMatch, type PageDataQuery } from '../core/page-data.ts';
import type { PageDataStore } from './page-data-store.ts';
import { chunks, insertRows, type SqlArg, type SqlRunner } from './sql/sql-connection.ts';

interface PageDataRow {
  pd_page: number;
  pd_infobox: number;
  pd_template: string;
  pd_type: string;
  pd_source: string;
  pd_label: string;
  pd_value: string;
}

const columns = [
  'pd_page', 'pd_infobox', 'pd_item', 'pd_template', 'pd_type', 'pd_source', 'pd_label', 'pd_value', 'pd_value_key', 'pd_value_num',
] as const;

/** The key a value is looked up by. */
export function pageDataValueKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function toItem(r: PageDataRow): PageDataItem {
  return {
    infobox: Number(r.pd_infobox), template: r.pd_template, type: r.pd_type, source: r.pd_source, label: r.pd_label, value: r.pd_value,
  };
}

function sameItems(a: readonly PageDataItem[], b: readonly PageDataItem[]): boolean {
  if (a.length !== b.length) return false;
  const key = (i: PageDataItem) => JSON.stringify([i.infobox, i.template, i.type, i.source, i.label, i.value]);
  return a.every((item, n) => key(item) === key(b[n]));
}

export class SqlPageDataStore implements PageDataStore {
  constructor(private readonly db: SqlRunner) {}

  replacePageData(pageId: number, items: readonly PageDataItem[]): boolean {
    return this.db.transaction(() => {
      const sorted = [...items].sort((x, y) => x.infobox - y.infobox);
      if (sameItems(this.getPageData(pageId), sorted)) return false;
      this.db.run('DELETE FROM page_data WHERE pd_page = ?', pageId);
      const counters = new Map<number, number>();
      const rows = sorted.map((i): SqlArg[] => {
        const n = counters.get(i.infobox) ?? 0;
        counters.set(i.infobox, n + 1);
        return [pageId, i.infobox, n, i.template, i.type, i.source, i.label, i.value, pageDataValueKey(i.value), numericValue(i.value)];
      });
      insertRows(this.db, 'page_data', columns, rows);
      return true;
    });
  }

  getPageData(pageId: number): PageDataItem[] {
    return this.db
      .all<PageDataRow>('SELECT * FROM page_data WHERE pd_page = ? ORDER BY pd_infobox, pd_item', pageId)
      .map(toItem);
  }

  deletePageData(pageId: number): boolean {
    const had = this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM page_data WHERE pd_page = ?', pageId);
    this.db.run('DELETE FROM page_data WHERE pd_page = ?', pageId);
    return Number(had?.n ?? 0) > 0;
  }

  queryPageData(query: PageDataQuery, fields: readonly string[]): PageDataMatch[] {
    const args: SqlArg[] = [];
    let sql = 'SELECT DISTINCT page_id, page_namespace, page_title FROM page_data JOIN page ON page_id = pd_page';
    if (query.category) {
      sql += ' JOIN categorylinks ON cl_from = page_id AND cl_to = ?';
      args.push(query.category);
    }
    sql += ' WHERE pd_source = ?';
    args.push(query.source);
    if (query.value !== undefined && query.value !== null) {
      sql += ' AND pd_value_key = ?';
      args.push(pageDataValueKey(query.value));
    }
    if (query.namespace !== undefined && query.namespace !== null) {
      sql += ' AND page_namespace = ?';
      args.push(query.namespace);
    }
    if (query.afterPageId) {
      sql += ' AND page_id > ?';
      args.push(query.afterPageId);
    }
    sql += ' ORDER BY page_id LIMIT ?';
    args.push(query.limit);
    const pages = this.db.all<{ page_id: number; page_namespace: number; page_title: string }>(sql, ...args);
    const matches = pages.map((p): PageDataMatch => ({
      pageId: Number(p.page_id), namespace: Number(p.page_namespace), dbKey: p.page_title, fields: {},
    }));
    if (fields.length === 0 || matches.length === 0) return matches;
    const byId = new Map(matches.map((m) => [m.pageId, m]));
    for (const ids of chunks(matches.map((m) => m.pageId), 100)) {
      const rows = this.db.all<PageDataRow>(
        `SELECT pd_page, pd_source, pd_value FROM page_data WHERE pd_page IN (${ids.map(() => '?').join(', ')})`
          + ` AND pd_source IN (${fields.map(() => '?').join(', ')}) ORDER BY pd_page, pd_infobox, pd_item`,
        ...ids, ...fields,
      );
      for (const r of rows) {
        const m = byId.get(Number(r.pd_page));
        if (m && !Object.hasOwn(m.fields, r.pd_source)) m.fields[r.pd_source] = r.pd_value;
      }
    }
    return matches;
  }

  pageDataSources(limit: number): Array<{ source: string; pages: number }> {
    return this.db
      .all<{ pd_source: string; pages: number }>(
        'SELECT pd_source, COUNT(DISTINCT pd_page) AS pages FROM page_data GROUP BY pd_source ORDER BY pd_source LIMIT ?', limit,
      )
      .map((r) => ({ source: r.pd_source, pages: Number(r.pages) }));
  }
}
