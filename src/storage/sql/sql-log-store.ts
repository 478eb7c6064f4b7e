/**
 * The logging table in SQL both databases accept; each entry also becomes a log line in
 * recentchanges.
 */
import type { LogEntry, LogQuery, LogStore, NewLogEntry } from '../log-store.ts';
import { freeId } from './free-id.ts';
import type { SqlRunner } from './sql-connection.ts';

interface LogRow {
  log_id: number;
  log_type: string;
  log_action: string;
  log_timestamp: string;
  log_user_text: string;
  log_user: number;
  log_namespace: number;
  log_title: string;
  log_page: number | null;
  log_comment: string;
  log_params: string;
}

export class SqlLogStore implements LogStore {
  constructor(private readonly db: SqlRunner) {}

  addLogEntry(e: NewLogEntry): number {
    return this.db.transaction(() => {
      const logId = freeId(this.db, 'logging', 'log_id');
      const params = JSON.stringify(e.params ?? {});
      this.db.run(
        `INSERT INTO logging (log_id, log_type, log_action, log_timestamp, log_user_text, log_user, log_namespace, log_title, log_page, log_comment, log_params)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        logId, e.type, e.action, e.timestamp, e.userName, e.userId ?? 0, e.namespace, e.dbKey, e.pageId, e.comment, params,
      );
      if (e.recordChange !== false) {
        this.db.run(
          `INSERT INTO recentchanges (rc_id, rc_timestamp, rc_namespace, rc_title, rc_cur_id, rc_this_oldid, rc_last_oldid,
             rc_user_text, rc_comment, rc_minor, rc_new, rc_old_len, rc_new_len, rc_type, rc_logid, rc_log_type, rc_log_action, rc_params, rc_user)
           VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, 0, 0, 0, 0, 3, ?, ?, ?, ?, ?)`,
          freeId(this.db, 'recentchanges', 'rc_id'), e.timestamp, e.namespace, e.dbKey, e.pageId ?? 0,
          e.userName, e.comment, logId, e.type, e.action, params, e.userId ?? 0,
        );
      }
      return logId;
    });
  }

  listLog(q: LogQuery): LogEntry[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (q.type) { where.push('log_type = ?'); args.push(q.type); }
    if (q.title) { where.push('log_namespace = ? AND log_title = ?'); args.push(q.title.namespace, q.title.dbKey); }
    if (q.userName) { where.push('log_user_text = ?'); args.push(q.userName); }
    if (q.action) { where.push('log_action = ?'); args.push(q.action); }
    const rows = this.db.all<LogRow>(
      `SELECT * FROM logging ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY log_timestamp DESC, log_id DESC LIMIT ? OFFSET ?`,
      ...args, q.limit, q.offset ?? 0,
    );
    return rows.map((r) => ({
      logId: r.log_id,
      type: r.log_type,
      action: r.log_action,
      timestamp: r.log_timestamp,
      userName: r.log_user_text,
      userId: Number(r.log_user),
      namespace: r.log_namespace,
      dbKey: r.log_title,
      pageId: r.log_page,
      comment: r.log_comment,
      params: JSON.parse(r.log_params) as Record<string, unknown>,
    }));
  }
}
