/**
 * The parser's view of the wiki (DataAccess), backed by the repository: template and module
 * source, page existence for red links, uploaded files, site statistics.
 */
import type { CategoryMemberEntry, CategoryMemberKind, DataAccess, FileInfo, PageSource } from '../core/data-access.ts';
import { NS_CATEGORY, NS_FILE, NS_MEDIA, NS_SPECIAL } from '../core/namespace.ts';
import type { Title, TitleParser } from '../core/title.ts';
import type { PageRecord, WikiRepository } from '../storage/repository.ts';
import { fileInfoOf } from '../files/file-info.ts';
import { defaultSiteConfig, type SiteConfig } from '../core/site-config.ts';
import { parseRedirect } from './redirect.ts';
import type { PageDataMatch, PageDataQuery } from '../core/page-data.ts';

export class RepositoryDataAccess implements DataAccess {
  /**
   * The last page row looked up. Link colouring asks pageExists and then isRedirect for the
   * same title; this answers the second question without another query. It is only trusted
   * for the title asked straight after, so a stale row never outlives one link.
   */
  private lastLookup: { ns: number; dbKey: string; page: PageRecord | null } | null = null;

  constructor(
    private readonly repo: WikiRepository,
    private readonly titles: () => TitleParser,
    /** The site settings (file URLs under wgUploadPath). */
    private readonly config: () => SiteConfig = () => defaultSiteConfig,
  ) {}

  /** pageExists always asks the repository and remembers the row; isRedirect takes it once. */
  private lookUp(ns: number, dbKey: string, reuse: boolean): PageRecord | null {
    const last = this.lastLookup;
    this.lastLookup = null;
    if (reuse && last && last.ns === ns && last.dbKey === dbKey) return last.page;
    const page = this.repo.getPage(ns, dbKey);
    if (!reuse) this.lastLookup = { ns, dbKey, page };
    return page;
  }

  getPage(title: Title): PageSource | null {
    if (title.isExternal || title.ns < 0) return null;
    const page = this.repo.getPage(title.ns, title.dbKey);
    if (!page) return null;
    const revision = this.repo.getLatestRevision(page.pageId);
    if (!revision) return null;
    return {
      title,
      text: revision.text,
      revisionId: revision.revId,
      timestamp: revision.timestamp,
      model: revision.model,
      redirectTarget: page.isRedirect ? parseRedirect(revision.text, this.titles()) : null,
    };
  }

  pageExists(title: Title): boolean {
    if (title.isExternal) return false;
    if (title.ns === NS_SPECIAL) return false;
    const ns = title.ns === NS_MEDIA ? NS_FILE : title.ns;
    return this.lookUp(ns, title.dbKey, false) !== null;
  }

  /** Whether an existing page is a redirect (links to it get class "mw-redirect"). */
  isRedirect(title: Title): boolean {
    if (title.isExternal || title.ns < 0) return false;
    return this.lookUp(title.ns, title.dbKey, true)?.isRedirect ?? false;
  }

  categoryCounts(title: Title): { pages: number; subcats: number; files: number } {
    if (title.ns !== NS_CATEGORY || title.isExternal) return { pages: 0, subcats: 0, files: 0 };
    const counts = this.repo.categoryCounts(title.dbKey);
    return { pages: counts.page, subcats: counts.subcat, files: counts.file };
  }

  categoryMembers(title: Title, opts: { types: CategoryMemberKind[]; limit: number }): CategoryMemberEntry[] {
    if (title.ns !== NS_CATEGORY || title.isExternal) return [];
    const out: CategoryMemberEntry[] = [];
    for (const type of opts.types) {
      const left = opts.limit - out.length;
      if (left <= 0) break;
      for (const member of this.repo.categoryMembers(title.dbKey, { type, limit: left })) {
        const memberTitle = this.titles().makeTitle(member.page.namespace, member.page.dbKey);
        if (memberTitle) out.push({ title: memberTitle, type, isRedirect: member.page.isRedirect });
      }
    }
    return out;
  }

  queryPageData(query: PageDataQuery, fields: readonly string[]): PageDataMatch[] {
    return this.repo.pageData.queryPageData(query, fields);
  }

  /** The current version of an uploaded file (File: or Media: title), or null when none was uploaded. */
  getFile(title: Title): FileInfo | null {
    if (title.isExternal || (title.ns !== NS_FILE && title.ns !== NS_MEDIA)) return null;
    const record = this.repo.getFileRecord(title.dbKey);
    if (!record) return null;
    const fileTitle = title.ns === NS_FILE ? title : this.titles().makeTitle(NS_FILE, title.dbKey) ?? title;
    return fileInfoOf(this.config(), fileTitle, record);
  }
}
