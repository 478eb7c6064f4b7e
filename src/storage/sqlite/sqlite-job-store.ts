/**
 * The job table on SQLite: claims are a conditional UPDATE, so two workers never hold the
 * same job.
 */
import type Database from 'better-sqlite3';
import type { Job, JobCounts, JobStore, NewJob } from '../job-store.ts';
import { freeId } from './free-id.ts';

interface JobRow {
  job_id: number;
  job_cmd: string;
  job_namespace: number;
  job_title: string;
  job_params: string;
  job_timestamp: string;
  job_attempts: number;
}

export class SqliteJobStore implements JobStore {
  constructor(private readonly db: Database.Database) {}

  pushJobs(jobs: NewJob[], timestamp: string): number {
    return this.db.transaction(() => {
      let added = 0;
      const same = this.db.prepare(
        `SELECT 1 FROM job WHERE job_cmd = ? AND job_namespace = ? AND job_title = ? AND job_params = ? AND job_token IS NULL AND job_attempts = 0`,
      ).pluck();
      const insert = this.db.prepare(
        'INSERT INTO job (job_id, job_cmd, job_namespace, job_title, job_params, job_timestamp) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const j of jobs) {
        const params = JSON.stringify(j.params ?? {});
        if (same.get(j.cmd, j.namespace, j.dbKey, params)) continue;
        insert.run(freeId(this.db, 'job', 'job_id'), j.cmd, j.namespace, j.dbKey, params, timestamp);
        added++;
      }
      return added;
    })();
  }

  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null {
    return this.db.transaction(() => {
      const row = this.db.prepare(
        `SELECT * FROM job WHERE job_attempts < ? AND (job_token IS NULL OR job_token_timestamp < ?)
         ORDER BY job_id LIMIT 1`,
      ).get(opts.maxAttempts, opts.leaseExpiredBefore) as JobRow | undefined;
      if (!row) return null;
      this.db.prepare('UPDATE job SET job_token = ?, job_token_timestamp = ?, job_attempts = job_attempts + 1 WHERE job_id = ?')
        .run(opts.token, opts.now, row.job_id);
      return {
        id: row.job_id,
        cmd: row.job_cmd,
        namespace: row.job_namespace,
        dbKey: row.job_title,
        params: JSON.parse(row.job_params) as Record<string, unknown>,
        timestamp: row.job_timestamp,
        attempts: row.job_attempts + 1,
      };
    })();
  }

  completeJob(id: number): void {
    this.db.prepare('DELETE FROM job WHERE job_id = ?').run(id);
  }

  releaseJob(id: number): void {
    this.db.prepare('UPDATE job SET job_token = NULL, job_token_timestamp = NULL WHERE job_id = ?').run(id);
  }

  countJobs(maxAttempts: number): JobCounts {
    const n = (sql: string, ...args: number[]) => this.db.prepare(sql).pluck().get(...args) as number;
    return {
      queued: n('SELECT count(*) FROM job WHERE job_token IS NULL AND job_attempts < ?', maxAttempts),
      claimed: n('SELECT count(*) FROM job WHERE job_token IS NOT NULL'),
      abandoned: n('SELECT count(*) FROM job WHERE job_token IS NULL AND job_attempts >= ?', maxAttempts),
    };
  }
}
