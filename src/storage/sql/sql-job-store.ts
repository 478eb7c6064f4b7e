/**
 * The job table in SQL both databases accept. A claim picks the oldest claimable row and
 * marks it inside one transaction: SQLite has one writer at a time, PostgreSQL locks the row
 * with FOR UPDATE SKIP LOCKED (skipLockedRows), so two workers never hold the same job.
 */
import type { Job, JobCounts, JobStore, NewJob } from '../job-store.ts';
import { freeId } from './free-id.ts';
import { skipLockedRows, type SqlConnection } from './sql-connection.ts';

interface JobRow {
  job_id: number;
  job_cmd: string;
  job_namespace: number;
  job_title: string;
  job_params: string;
  job_timestamp: string;
  job_attempts: number;
}

export class SqlJobStore implements JobStore {
  constructor(private readonly db: SqlConnection) {}

  pushJobs(jobs: NewJob[], timestamp: string): number {
    return this.db.transaction(() => {
      let added = 0;
      for (const j of jobs) {
        const params = JSON.stringify(j.params ?? {});
        const same = this.db.get(
          `SELECT 1 AS one FROM job WHERE job_cmd = ? AND job_namespace = ? AND job_title = ? AND job_params = ?
             AND job_token IS NULL AND job_attempts = 0`,
          j.cmd, j.namespace, j.dbKey, params,
        );
        if (same) continue;
        this.db.run(
          'INSERT INTO job (job_id, job_cmd, job_namespace, job_title, job_params, job_timestamp) VALUES (?, ?, ?, ?, ?, ?)',
          freeId(this.db, 'job', 'job_id'), j.cmd, j.namespace, j.dbKey, params, timestamp,
        );
        added++;
      }
      return added;
    });
  }

  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null {
    return this.db.transaction(() => {
      const row = this.db.get<JobRow>(
        `SELECT * FROM job WHERE job_attempts < ? AND (job_token IS NULL OR job_token_timestamp < ?)
         ORDER BY job_id LIMIT 1${skipLockedRows[this.db.dialect]}`,
        opts.maxAttempts, opts.leaseExpiredBefore,
      );
      if (!row) return null;
      this.db.run(
        'UPDATE job SET job_token = ?, job_token_timestamp = ?, job_attempts = job_attempts + 1 WHERE job_id = ?',
        opts.token, opts.now, row.job_id,
      );
      return {
        id: row.job_id,
        cmd: row.job_cmd,
        namespace: row.job_namespace,
        dbKey: row.job_title,
        params: JSON.parse(row.job_params) as Record<string, unknown>,
        timestamp: row.job_timestamp,
        attempts: row.job_attempts + 1,
      };
    });
  }

  completeJob(id: number): void {
    this.db.run('DELETE FROM job WHERE job_id = ?', id);
  }

  releaseJob(id: number): void {
    this.db.run('UPDATE job SET job_token = NULL, job_token_timestamp = NULL WHERE job_id = ?', id);
  }

  countJobs(maxAttempts: number): JobCounts {
    const n = (sql: string, ...args: number[]) => Number(this.db.get<{ n: number }>(sql, ...args)?.n ?? 0);
    return {
      queued: n('SELECT count(*) AS n FROM job WHERE job_token IS NULL AND job_attempts < ?', maxAttempts),
      claimed: n('SELECT count(*) AS n FROM job WHERE job_token IS NOT NULL'),
      abandoned: n('SELECT count(*) AS n FROM job WHERE job_token IS NULL AND job_attempts >= ?', maxAttempts),
    };
  }
}
