/**
 * The link tables kept from each save's ParserOutput (MediaWiki's LinksUpdate targets):
 * pagelinks, templatelinks, categorylinks, imagelinks, externallinks and the redirect table,
 * and the look-ups behind WhatLinksHere, category pages, WantedPages and UncategorizedPages.
 */
import type { PageRecord } from './repository.ts';

export interface TitleKey {
  namespace: number;
  dbKey: string;
}

export type CategoryMemberType = 'page' | 'subcat' | 'file';

export interface CategoryLink {
  /** Category name, DB-key form, without the namespace. */
  category: string;
  /** The collated sort key (cl_sortkey). */
  sortKey: string;
  /** The sort key as given by the link or DEFAULTSORT (cl_sortkey_prefix), '' when none. */
  prefix: string;
  type: CategoryMemberType;
}

export interface RedirectTarget extends TitleKey {
  fragment: string;
  interwiki: string;
}

/** Everything a page links to, as stored for it. */
export interface PageLinks {
  links: TitleKey[];
  templates: TitleKey[];
  categories: CategoryLink[];
  /** File names (DB keys, no namespace). */
  images: string[];
  externalLinks: string[];
  redirect: RedirectTarget | null;
}

export interface CategoryMember {
  page: PageRecord;
  sortKey: string;
  prefix: string;
  type: CategoryMemberType;
}

export interface WantedPage extends TitleKey {
  /** How many pages link to it. */
  count: number;
}

export type BacklinkTable = 'pagelinks' | 'templatelinks' | 'imagelinks';

export interface LinkTableStore {
  /** Replaces every link row of the page with these (one transaction). */
  replaceLinks(pageId: number, links: PageLinks, timestamp: string): void;
  /** The rows stored for a page. */
  getLinks(pageId: number): PageLinks;
  /** Pages with a row in the table pointing at the title (images: namespace ignored), by page id. */
  backlinks(table: BacklinkTable, target: TitleKey, opts: { limit: number; afterPageId?: number }): PageRecord[];
  /** Redirect pages pointing at the title, by page id. */
  redirectsTo(target: TitleKey, opts: { limit: number }): PageRecord[];
  /** Members of a category of one type, by (sort key, page id); `from` is a sort key to start at, `until` one to stop before (listed backwards). */
  categoryMembers(category: string, opts: { type: CategoryMemberType; limit: number; from?: string; until?: string }): CategoryMember[];
  categoryCounts(category: string): Record<CategoryMemberType, number>;
  /** Missing titles linked from more than one page, most linked first (Special:WantedPages). */
  wantedPages(opts: { limit: number; offset?: number }): WantedPage[];
  /** Content pages (not redirects) in no category, by title (Special:UncategorizedPages). */
  uncategorizedPages(opts: { namespace: number; limit: number; offset?: number }): PageRecord[];
}
