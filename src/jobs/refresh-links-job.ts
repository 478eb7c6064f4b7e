/**
 * refreshLinks: re-render a page from its current revision and rewrite its link rows. The
 * recursive form (queued when a template changes) splits into one job per transcluding page.
 */
import type { Job } from '../storage/job-store.ts';
import { refreshLinks } from '../wiki/refresh-links.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { nextBacklinkBatch } from './backlink-batches.ts';
import { queueJobs } from './job-queue.ts';

export function runRefreshLinks(wiki: Wiki, job: Job): void {
  if (job.params.recursive) {
    const pages = nextBacklinkBatch(wiki, job);
    queueJobs(wiki, pages.map((p) => ({ cmd: 'refreshLinks', namespace: p.namespace, dbKey: p.dbKey, params: { cause: job.params.cause ?? 'template' } })));
    return;
  }
  const page = wiki.repo.getPage(job.namespace, job.dbKey);
  if (page) refreshLinks(wiki, page);
}
