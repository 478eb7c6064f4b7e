/**
 * Keeping page_data current: a save or refreshLinks job replaces the page's rows from its
 * ParserOutput (in the transaction that rewrites its link rows); when they changed, every
 * page that queries page data ({{#pagedata:}}, found through its tracking category) gets a
 * refreshLinks job. Identical queued jobs are merged, so a run of changes (an import)
 * re-renders each querying page once per run of the queue rather than once per change.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { PageRecord } from '../storage/repository.ts';
import type { NewJob } from '../storage/job-store.ts';
import { pageDataOf } from '../extensions/page-data/infobox-items.ts';
import { PAGE_DATA_QUERY_CATEGORY } from '../extensions/page-data/index.ts';
import { queueJobs } from '../jobs/job-queue.ts';
import type { Wiki } from '../wiki/wiki.ts';

/** The most querying pages re-rendered after one change. */
export const maxQueryingPages = 5000;

export function updatePageData(wiki: Wiki, page: PageRecord, output: ParserOutput): void {
  if (wiki.repo.pageData.replacePageData(page.pageId, pageDataOf(output))) queueQueryingPages(wiki, page.pageId);
}

/** Queues a refreshLinks job for each page using {{#pagedata:}} (but the changed page itself). */
export function queueQueryingPages(wiki: Wiki, changedPageId: number): number {
  const jobs: NewJob[] = [];
  for (const type of ['page', 'subcat', 'file'] as const) {
    for (const m of wiki.repo.categoryMembers(PAGE_DATA_QUERY_CATEGORY, { type, limit: maxQueryingPages })) {
      if (m.page.pageId !== changedPageId) jobs.push({ cmd: 'refreshLinks', namespace: m.page.namespace, dbKey: m.page.dbKey, params: { cause: 'pagedata' } });
    }
  }
  return queueJobs(wiki, jobs);
}
