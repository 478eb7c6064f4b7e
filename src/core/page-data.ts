/**
 * Page data: the rendered items of a page's infoboxes as structured rows (source name,
 * label, plain-text value), recorded by the parse and stored in the page_data table, and the
 * query {{#pagedata:}}, Special:PageData and list=pagedata ask of them.
 */

/** One data item of one infobox on a page, as the parse records it. */
export interface PageDataItem {
  /** 0 for the page's first infobox, 1 for the next ... */
  infobox: number;
  /** The template the infobox came from (prefixed title text), '' when on the page itself. */
  template: string;
  /** The infobox's `type` attribute, '' when none. */
  type: string;
  /** The item's `source` (the template argument it shows). */
  source: string;
  /** The label as plain text ('' when none). */
  label: string;
  /** The value as plain text. */
  value: string;
}

/** The ParserOutput.extensionData key the parse keeps a page's items under. */
export const PAGE_DATA_KEY = 'pageData';

/** What to look for: pages having a row with `source` (and, when given, that value). */
export interface PageDataQuery {
  source: string;
  /** Compared without regard to case; null for any value. */
  value?: string | null;
  namespace?: number | null;
  /** Category DB key the pages must be in; null for any. */
  category?: string | null;
  limit: number;
  /** Page id to continue after (results are in page id order). */
  afterPageId?: number;
}

/** One matching page with the values of the fields asked for. */
export interface PageDataMatch {
  pageId: number;
  namespace: number;
  dbKey: string;
  /** source → plain-text value (the first infobox having the source wins). */
  fields: Record<string, string>;
}

/** The number a value reads as, or null: "1,200" and "3.5" are numbers, "3rd" is not. */
export function numericValue(value: string): number | null {
  const text = value.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
