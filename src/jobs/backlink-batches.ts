/**
 * Splitting a recursive backlink job (MediaWiki's BacklinkJobUtils): one run handles a batch
 * of the pages linking to the title and queues the rest as a continuation job.
 */
import type { Job, NewJob } from '../storage/job-store.ts';
import type { BacklinkTable } from '../storage/link-tables.ts';
import type { PageRecord } from '../storage/repository.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { queueJobs } from './job-queue.ts';

export const backlinkBatchSize = 100;

/** The next batch of backlinking pages; queues a continuation when more remain. */
export function nextBacklinkBatch(wiki: Wiki, job: Job): PageRecord[] {
  const table = (job.params.table as BacklinkTable | undefined) ?? 'templatelinks';
  const after = Number(job.params.afterPageId ?? 0);
  const pages = wiki.repo.backlinks(table, { namespace: job.namespace, dbKey: job.dbKey }, { limit: backlinkBatchSize + 1, afterPageId: after });
  if (pages.length > backlinkBatchSize) {
    pages.length = backlinkBatchSize;
    const next: NewJob = { cmd: job.cmd, namespace: job.namespace, dbKey: job.dbKey, params: { ...job.params, afterPageId: pages[pages.length - 1].pageId } };
    queueJobs(wiki, [next]);
  }
  return pages;
}
