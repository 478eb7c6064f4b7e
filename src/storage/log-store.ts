/**
 * Log entries (MediaWiki's logging table, Special:Log): moves, deletions, restorations and
 * protections. Each entry is listed in recent changes too, as a log line (rc_type 3).
 */
export interface NewLogEntry {
  /** move, delete, protect ... */
  type: string;
  /** move, move_redir, delete, restore, protect, modify, unprotect ... */
  action: string;
  timestamp: string;
  userName: string;
  /** The acting account's id; 0 (or absent) for anonymous visitors and maintenance. */
  userId?: number;
  namespace: number;
  dbKey: string;
  pageId: number | null;
  comment: string;
  /** Action details: move target, protection levels, restored revision count ... */
  params?: Record<string, unknown>;
  /** List the entry in recent changes (default true). */
  recordChange?: boolean;
}

export interface LogEntry extends Required<Omit<NewLogEntry, 'recordChange'>> {
  logId: number;
}

export interface LogQuery {
  type?: string;
  /** Entries about this title. */
  title?: { namespace: number; dbKey: string };
  userName?: string;
  /** Entries with this action (block, unblock, reblock ...). */
  action?: string;
  limit: number;
  offset?: number;
}

export interface LogStore {
  addLogEntry(entry: NewLogEntry): number;
  /** Newest first. */
  listLog(query: LogQuery): LogEntry[];
}
