/**
 * htmlCacheUpdate: pages linking to a title get a new page_touched and lose their cached
 * output, so their next view is rendered with the link's new colour.
 */
import type { Job } from '../storage/job-store.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { nextBacklinkBatch } from './backlink-batches.ts';

export function runHtmlCacheUpdate(wiki: Wiki, job: Job): void {
  const pages = job.params.recursive ? nextBacklinkBatch(wiki, job) : [wiki.repo.getPage(job.namespace, job.dbKey)].filter((p) => p !== null);
  const now = isoTimestamp();
  for (const page of pages) {
    wiki.repo.touchPage(page.pageId, now);
    wiki.parserCache.invalidatePage(page.pageId);
  }
}
