/**
 * The durable job queue (MediaWiki's job table): jobs survive restarts. A worker claims a job
 * with a token; a claim not completed within the lease can be claimed again; a job that
 * failed `maxAttempts` times stays in the table as abandoned.
 */
export interface NewJob {
  /** refreshLinks, htmlCacheUpdate ... */
  cmd: string;
  namespace: number;
  dbKey: string;
  params?: Record<string, unknown>;
}

export interface Job extends Required<NewJob> {
  id: number;
  timestamp: string;
  attempts: number;
}

export interface JobCounts {
  queued: number;
  claimed: number;
  abandoned: number;
}

export interface JobStore {
  /** Queues jobs, skipping one identical to a job not yet claimed; returns how many were added. */
  pushJobs(jobs: NewJob[], timestamp: string): number;
  /** Claims the oldest claimable job (unclaimed, or its lease older than `leaseExpiredBefore`). */
  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null;
  completeJob(id: number): void;
  /** Gives a claimed job back after a failure (it is retried until maxAttempts). */
  releaseJob(id: number): void;
  countJobs(maxAttempts: number): JobCounts;
}
