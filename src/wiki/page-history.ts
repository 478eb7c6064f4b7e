/**
 * A page's history: its revisions newest first, a page at a time.
 */
import type { Title } from '../core/title.ts';
import type { PageRecord, RevisionRecord } from '../storage/repository.ts';
import type { Wiki } from './wiki.ts';

export interface PageHistory {
  title: Title;
  page: PageRecord;
  revisions: RevisionRecord[];
  /** Whether older revisions follow this batch. */
  hasMore: boolean;
}

export function pageHistory(wiki: Wiki, title: Title | string, opts: { limit?: number; offset?: number } = {}): PageHistory | null {
  const t = typeof title === 'string' ? wiki.titles.parse(title) : title;
  if (!t || t.isExternal || t.ns < 0) return null;
  const page = wiki.repo.getPage(t.ns, t.dbKey);
  if (!page) return null;
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 5000));
  const rows = wiki.repo.listRevisions(page.pageId, { limit: limit + 1, offset: opts.offset ?? 0 });
  return { title: t, page, revisions: rows.slice(0, limit), hasMore: rows.length > limit };
}
