/**
 * The page_data table: the infobox items of each page (core/page-data.ts), replaced with the
 * link tables on every save and refreshLinks job, and the look-ups {{#pagedata:}},
 * Special:PageData and list=pagedata make.
 */
import type { PageDataItem, PageDataMatch, PageDataQuery } from '../core/page-data.ts';

export interface PageDataStore {
  /** Replaces the page's rows with these; returns whether anything changed. */
  replacePageData(pageId: number, items: readonly PageDataItem[]): boolean;
  /** The page's rows, by infobox and item order. */
  getPageData(pageId: number): PageDataItem[];
  /** Drops the page's rows (deletion); returns whether it had any. */
  deletePageData(pageId: number): boolean;
  /**
   * Pages with a row matching the query, by page id, with the values of `fields` (the
   * first infobox having a source wins).
   */
  queryPageData(query: PageDataQuery, fields: readonly string[]): PageDataMatch[];
  /** Distinct sources recorded, with how many pages have each, by name. */
  pageDataSources(limit: number): Array<{ source: string; pages: number }>;
}
