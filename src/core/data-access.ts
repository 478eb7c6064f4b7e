/**
 * What the parser may know of the wiki around a page. The parser never touches storage:
 * it sees this interface. Tests give it an in-memory one; the wiki gives it one backed by
 * the repository.
 */
import type { Title } from './title.ts';
import type { PageDataMatch, PageDataQuery } from './page-data.ts';

export interface PageSource {
  title: Title;
  text: string;
  revisionId: number;
  timestamp: string;
  model: string;
  /** Target of a redirect page, when the page is one. */
  redirectTarget?: Title | null;
}

export interface FileInfo {
  title: Title;
  width: number;
  height: number;
  mime: string;
  size: number;
  /** URL of the original file. */
  url: string;
}

export type CategoryMemberKind = 'page' | 'subcat' | 'file';

export interface CategoryMemberEntry {
  title: Title;
  type: CategoryMemberKind;
  isRedirect: boolean;
}

export interface DataAccess {
  /** Latest revision of a page (template, module, transcluded page), or null when missing. */
  getPage(title: Title): PageSource | null;
  /** Whether a page exists (red vs blue links). */
  pageExists(title: Title): boolean;
  /** Whether an existing page is a redirect (links to it get class "mw-redirect"). */
  isRedirect?(title: Title): boolean;
  /** Metadata of an uploaded file, or null when there is no such file. */
  getFile(title: Title): FileInfo | null;
  /** Number of pages in a category, by kind. */
  categoryCounts?(title: Title): { pages: number; subcats: number; files: number };
  /**
   * Members of a category, of the given kinds, in the order of (kind as listed, sort key),
   * at most `limit` of them.
   */
  categoryMembers?(title: Title, opts: { types: CategoryMemberKind[]; limit: number }): CategoryMemberEntry[];
  /** Site statistics for {{NUMBEROF...}}. */
  siteStats?(): { pages: number; articles: number; files: number; edits: number; users: number; activeUsers: number; admins: number };
  /** Pages whose infobox items match the query, with the values of `fields` ({{#pagedata:}}). */
  queryPageData?(query: PageDataQuery, fields: readonly string[]): PageDataMatch[];
}

/** A DataAccess over a fixed set of pages, for tests and `kagami parse`. */
export class MemoryDataAccess implements DataAccess {
  private readonly pages = new Map<string, PageSource>();
  private readonly files = new Map<string, FileInfo>();

  addPage(page: PageSource): this {
    this.pages.set(page.title.prefixedDBKey, page);
    return this;
  }

  addFile(file: FileInfo): this {
    this.files.set(file.title.dbKey, file);
    return this;
  }

  getPage(title: Title): PageSource | null {
    return this.pages.get(title.prefixedDBKey) ?? null;
  }

  pageExists(title: Title): boolean {
    return this.pages.has(title.prefixedDBKey) || (title.ns === 6 && this.files.has(title.dbKey));
  }

  getFile(title: Title): FileInfo | null {
    return this.files.get(title.dbKey) ?? null;
  }

  isRedirect(title: Title): boolean {
    return Boolean(this.pages.get(title.prefixedDBKey)?.redirectTarget);
  }
}
