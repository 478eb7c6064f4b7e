/**
 * After-import work, queued in bulk: each batch of imported pages gets `refreshLinks` jobs
 * (re-parse, fill the link tables and the parser cache) in the batch's own transaction, so
 * the job runner renders every page before its first view. Repositories without a job
 * queue are left as they are.
 */
import type { WikiRepository } from '../storage/repository.ts';

interface JobQueue {
  pushJobs(jobs: Array<{ cmd: string; namespace: number; dbKey: string; params?: Record<string, unknown> }>, timestamp: string): number;
}

function jobQueue(repo: WikiRepository): JobQueue | null {
  const candidate = repo as unknown as Partial<JobQueue>;
  return typeof candidate.pushJobs === 'function' ? (candidate as JobQueue) : null;
}

export function queueRefresh(repo: WikiRepository, pages: Array<{ ns: number; dbKey: string }>): number {
  const queue = jobQueue(repo);
  if (!queue || pages.length === 0) return 0;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return queue.pushJobs(pages.map((p) => ({ cmd: 'refreshLinks', namespace: p.ns, dbKey: p.dbKey, params: { cause: 'import' } })), now);
}
