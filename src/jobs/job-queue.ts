/**
 * Queuing the jobs that follow a change to a title, as MediaWiki's DerivedPageDataUpdater and
 * DeletePage do: pages transcluding it are re-rendered with their links (refreshLinks), pages
 * linking to it have their cached HTML invalidated (htmlCacheUpdate: a red link turns blue
 * when the page is created, blue turns red when it is deleted). Both start as one recursive
 * job that the runner splits into batches.
 */
import type { Title } from '../core/title.ts';
import type { NewJob } from '../storage/job-store.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';

export type TitleChange = 'edit' | 'create' | 'delete' | 'move';

export function queueJobs(wiki: Wiki, jobs: NewJob[]): number {
  if (jobs.length === 0) return 0;
  const added = wiki.repo.pushJobs(jobs, isoTimestamp());
  if (added) wiki.onJobsQueued?.();
  return added;
}

/** The jobs a change to `title` calls for; only queued when some page depends on it. */
export function jobsForChange(wiki: Wiki, title: Title, change: TitleChange): NewJob[] {
  const target = { namespace: title.ns, dbKey: title.dbKey };
  const jobs: NewJob[] = [];
  const has = (table: 'pagelinks' | 'templatelinks' | 'imagelinks') => wiki.repo.backlinks(table, target, { limit: 1 }).length > 0;
  if (has('templatelinks')) {
    jobs.push({ cmd: 'refreshLinks', namespace: title.ns, dbKey: title.dbKey, params: { recursive: true, table: 'templatelinks', cause: change } });
  }
  if (change !== 'edit' && has('pagelinks')) {
    jobs.push({ cmd: 'htmlCacheUpdate', namespace: title.ns, dbKey: title.dbKey, params: { recursive: true, table: 'pagelinks', cause: change } });
  }
  if (change !== 'edit' && title.ns === 6 && has('imagelinks')) {
    jobs.push({ cmd: 'htmlCacheUpdate', namespace: title.ns, dbKey: title.dbKey, params: { recursive: true, table: 'imagelinks', cause: change } });
  }
  return jobs;
}

export function queueJobsForChange(wiki: Wiki, title: Title, change: TitleChange): number {
  return queueJobs(wiki, jobsForChange(wiki, title, change));
}
