/**
 * Running queued jobs: `runJobs` drains the queue synchronously (tests, the CLI); JobRunner
 * drains it in the background of the server process, one job per event-loop turn, and
 * sleeps while the queue is empty. Jobs live in the database, so a restart resumes them; a
 * job whose worker died is claimed again once its lease has run out.
 */
import { randomBytes } from 'node:crypto';
import type { Job } from '../storage/job-store.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { runHtmlCacheUpdate } from './html-cache-update-job.ts';
import { runRefreshLinks } from './refresh-links-job.ts';

export const maxJobAttempts = 3;
const leaseMs = 5 * 60_000;

const handlers: Record<string, (wiki: Wiki, job: Job) => void> = {
  refreshLinks: runRefreshLinks,
  htmlCacheUpdate: runHtmlCacheUpdate,
};

/** Claims and runs one job; returns false when none was waiting. */
export function runOneJob(wiki: Wiki, token: string): boolean {
  const now = Date.now();
  const job = wiki.repo.claimJob({
    token,
    now: isoTimestamp(new Date(now)),
    leaseExpiredBefore: isoTimestamp(new Date(now - leaseMs)),
    maxAttempts: maxJobAttempts,
  });
  if (!job) return false;
  const handler = handlers[job.cmd];
  try {
    if (handler) wiki.repo.transaction(() => handler(wiki, job));
    wiki.repo.completeJob(job.id);
  } catch (err) {
    wiki.repo.releaseJob(job.id);
    console.error(`job ${job.cmd} ${job.namespace}:${job.dbKey} failed (attempt ${job.attempts}):`, err);
  }
  return true;
}

/** Runs jobs until the queue is empty or `maxJobs` ran; returns how many ran. */
export function runJobs(wiki: Wiki, opts: { maxJobs?: number } = {}): number {
  const token = randomBytes(8).toString('hex');
  const max = opts.maxJobs ?? Infinity;
  let ran = 0;
  while (ran < max && runOneJob(wiki, token)) ran++;
  return ran;
}

export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly token = randomBytes(8).toString('hex');

  constructor(private readonly wiki: Wiki, private readonly idleMs = 1000) {}

  start(): this {
    this.schedule(0);
    return this;
  }

  /** Runs soon (after a change queued jobs). */
  wake(): void {
    if (!this.stopped) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), ms);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = null;
    if (this.stopped) return;
    let ran = false;
    try {
      ran = runOneJob(this.wiki, this.token);
    } catch (err) {
      console.error('job runner:', err);
    }
    if (!this.stopped) this.schedule(ran ? 0 : this.idleMs);
  }
}
