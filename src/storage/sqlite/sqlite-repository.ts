/**
 * The WikiRepository on SQLite (better-sqlite3, WAL journal). Synchronous, every write in a
 * transaction; nested transactions become savepoints.
 */
import Database from 'better-sqlite3';
import {
  EditConflictError,
  type NewRevision,
  type PageRecord,
  type RecentChange,
  type RevisionRecord,
  type RevisionWithText,
  type WikiRepository,
} from '../repository.ts';
import type { ArchivedRevision } from '../archive-store.ts';
import type { FileRecord, OldFileRecord } from '../file-store.ts';
import type { Job, JobCounts, NewJob } from '../job-store.ts';
import type {
  BacklinkTable, CategoryMember, CategoryMemberType, PageLinks, TitleKey, WantedPage,
} from '../link-tables.ts';
import type { LogEntry, LogQuery, NewLogEntry } from '../log-store.ts';
import type { PageRestriction } from '../restriction-store.ts';
import { byteLength, sha1Base36 } from '../sha1.ts';
import { freeId } from './free-id.ts';
import type { SqlFileStore } from '../sql-file-store.ts';
import { sqliteFileStore, sqliteRunner } from './sqlite-file-store.ts';
import { SqlUserStore } from '../sql-user-store.ts';
import { SqlCommunityStore } from '../sql-community-store.ts';
import { migrateSqlite } from './migrate.ts';
import { SqliteArchiveStore } from './sqlite-archive-store.ts';
import { SqliteJobStore } from './sqlite-job-store.ts';
import { SqliteLinkTables } from './sqlite-link-tables.ts';
import { SqliteLogStore } from './sqlite-log-store.ts';
import { SqliteRestrictions } from './sqlite-restrictions.ts';
import {
  toPage, toRecentChange, toRevision, toRevisionWithText,
  type PageRow, type RecentChangeRow, type RevisionRow,
} from './rows.ts';

const revisionWithText = 'SELECT revision.*, content_text FROM revision JOIN content ON content_sha1 = rev_sha1';
const pageChunk = 200;

export class SqliteRepository implements WikiRepository {
  readonly db: Database.Database;
  private readonly linkTables: SqliteLinkTables;
  private readonly logs: SqliteLogStore;
  private readonly archive: SqliteArchiveStore;
  private readonly restrictions: SqliteRestrictions;
  private readonly files: SqlFileStore;
  private readonly jobs: SqliteJobStore;
  readonly users: SqlUserStore;
  readonly community: SqlCommunityStore;

  /** Opens (creating and migrating) a database file, or ':memory:'. */
  constructor(filename: string) {
    this.db = new Database(filename);
    if (filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    migrateSqlite(this.db);
    this.linkTables = new SqliteLinkTables(this.db);
    this.logs = new SqliteLogStore(this.db);
    this.archive = new SqliteArchiveStore(this.db, (pageId) => this.linkTables.deleteLinks(pageId));
    this.restrictions = new SqliteRestrictions(this.db);
    this.jobs = new SqliteJobStore(this.db);
    this.files = sqliteFileStore(this.db);
    this.users = new SqlUserStore(sqliteRunner(this.db));
    this.community = new SqlCommunityStore(sqliteRunner(this.db));
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  getPage(namespace: number, dbKey: string): PageRecord | null {
    const row = this.db.prepare('SELECT * FROM page WHERE page_namespace = ? AND page_title = ?').get(namespace, dbKey);
    return row ? toPage(row as PageRow) : null;
  }

  getPageById(pageId: number): PageRecord | null {
    const row = this.db.prepare('SELECT * FROM page WHERE page_id = ?').get(pageId);
    return row ? toPage(row as PageRow) : null;
  }

  existingPages(titles: Array<{ namespace: number; dbKey: string }>): Set<string> {
    const found = new Set<string>();
    const stmt = this.db.prepare('SELECT 1 FROM page WHERE page_namespace = ? AND page_title = ?').pluck();
    for (const t of titles) if (stmt.get(t.namespace, t.dbKey)) found.add(`${t.namespace}:${t.dbKey}`);
    return found;
  }

  listPages(opts: { namespace?: number; from?: string; limit: number }): PageRecord[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (opts.namespace !== undefined) { where.push('page_namespace = ?'); args.push(opts.namespace); }
    if (opts.from !== undefined) { where.push('page_title >= ?'); args.push(opts.from); }
    const sql = `SELECT * FROM page ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY page_namespace, page_title LIMIT ?`;
    return (this.db.prepare(sql).all(...args, opts.limit) as PageRow[]).map(toPage);
  }

  randomPage(namespace: number): PageRecord | null {
    const row = this.db.prepare(
      'SELECT * FROM page WHERE page_namespace = ? AND page_is_redirect = 0 ORDER BY random() LIMIT 1',
    ).get(namespace);
    return row ? toPage(row as PageRow) : null;
  }

  countPages(): number {
    return this.db.prepare('SELECT count(*) FROM page').pluck().get() as number;
  }

  getRevision(revId: number): RevisionWithText | null {
    const row = this.db.prepare(`${revisionWithText} WHERE rev_id = ?`).get(revId);
    return row ? toRevisionWithText(row as RevisionRow) : null;
  }

  getLatestRevision(pageId: number): RevisionWithText | null {
    const row = this.db.prepare(`${revisionWithText} JOIN page ON page_latest = rev_id WHERE page_id = ?`).get(pageId);
    return row ? toRevisionWithText(row as RevisionRow) : null;
  }

  findRevision(pageId: number, timestamp: string, sha1: string): RevisionRecord | null {
    const row = this.db.prepare(
      'SELECT * FROM revision WHERE rev_page = ? AND rev_timestamp = ? AND rev_sha1 = ? LIMIT 1',
    ).get(pageId, timestamp, sha1);
    return row ? toRevision(row as RevisionRow) : null;
  }

  listRevisions(pageId: number, opts: { limit: number; offset?: number }): RevisionRecord[] {
    const rows = this.db.prepare(
      'SELECT * FROM revision WHERE rev_page = ? ORDER BY rev_timestamp DESC, rev_id DESC LIMIT ? OFFSET ?',
    ).all(pageId, opts.limit, opts.offset ?? 0) as RevisionRow[];
    return rows.map(toRevision);
  }

  saveRevision(rev: NewRevision): { page: PageRecord; revision: RevisionRecord; created: boolean } {
    return this.transaction(() => {
      const existing = this.getPage(rev.namespace, rev.dbKey);
      if (rev.baseRevId !== undefined) {
        const latest = existing ? existing.latestRevisionId : null;
        if (latest !== rev.baseRevId) throw new EditConflictError(latest ?? 0, rev.baseRevId);
      }
      const sha1 = sha1Base36(rev.text);
      const size = byteLength(rev.text);
      const model = rev.model ?? 'wikitext';
      const touched = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      this.db.prepare('INSERT OR IGNORE INTO content (content_sha1, content_text) VALUES (?, ?)').run(sha1, rev.text);

      let pageId = existing?.pageId;
      if (pageId === undefined) {
        pageId = freeId(this.db, 'page', 'page_id', rev.pageId);
        this.db.prepare(
          `INSERT INTO page (page_id, page_namespace, page_title, page_is_redirect, page_content_model, page_latest, page_touched, page_len)
           VALUES (?, ?, ?, 0, ?, 0, ?, 0)`,
        ).run(pageId, rev.namespace, rev.dbKey, model, touched);
      }
      const previous = existing ? this.getRevisionRow(existing.latestRevisionId) : null;
      const revId = freeId(this.db, 'revision', 'rev_id', rev.revId);
      const parentId = rev.parentId !== undefined ? rev.parentId : (previous?.rev_id ?? null);
      this.db.prepare(
        `INSERT INTO revision (rev_id, rev_page, rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment,
           rev_minor_edit, rev_deleted, rev_sha1, rev_len, rev_content_model, rev_content_format)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        revId, pageId, parentId, rev.timestamp, rev.userName, rev.userId ?? null, rev.comment, rev.minor ? 1 : 0,
        rev.deleted ?? 0, sha1, size, model, rev.format ?? 'text/x-wiki',
      );

      // An imported older revision joins the history without becoming the current one.
      const isCurrent = !previous || previous.rev_timestamp <= rev.timestamp;
      if (isCurrent) {
        this.db.prepare(
          `UPDATE page SET page_latest = ?, page_len = ?, page_is_redirect = ?, page_content_model = ?, page_touched = ?
           WHERE page_id = ?`,
        ).run(revId, size, rev.isRedirect ? 1 : 0, model, touched, pageId);
      }
      if (rev.recordChange !== false) {
        this.db.prepare(
          `INSERT INTO recentchanges (rc_id, rc_timestamp, rc_namespace, rc_title, rc_cur_id, rc_this_oldid, rc_last_oldid,
             rc_user_text, rc_comment, rc_minor, rc_new, rc_old_len, rc_new_len, rc_user)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          freeId(this.db, 'recentchanges', 'rc_id'), rev.timestamp, rev.namespace, rev.dbKey, pageId, revId, parentId,
          rev.userName, rev.comment, rev.minor ? 1 : 0, existing ? 0 : 1, previous?.rev_len ?? 0, size, rev.userId ?? 0,
        );
      }
      return {
        page: this.getPageById(pageId)!,
        revision: toRevision(this.getRevisionRow(revId)!),
        created: !existing,
      };
    });
  }

  movePage(pageId: number, namespace: number, dbKey: string): PageRecord {
    this.db.prepare('UPDATE page SET page_namespace = ?, page_title = ? WHERE page_id = ?').run(namespace, dbKey, pageId);
    return this.getPageById(pageId)!;
  }

  touchPage(pageId: number, timestamp: string): void {
    this.db.prepare('UPDATE page SET page_touched = ? WHERE page_id = ?').run(timestamp, pageId);
  }

  // Link tables (sqlite-link-tables.ts).
  replaceLinks(pageId: number, links: PageLinks, timestamp: string): void { this.linkTables.replaceLinks(pageId, links, timestamp); }
  getLinks(pageId: number): PageLinks { return this.linkTables.getLinks(pageId); }
  backlinks(table: BacklinkTable, target: TitleKey, opts: { limit: number; afterPageId?: number }): PageRecord[] {
    return this.linkTables.backlinks(table, target, opts);
  }
  redirectsTo(target: TitleKey, opts: { limit: number }): PageRecord[] { return this.linkTables.redirectsTo(target, opts); }
  categoryMembers(category: string, opts: { type: CategoryMemberType; limit: number; from?: string; until?: string }): CategoryMember[] {
    return this.linkTables.categoryMembers(category, opts);
  }
  categoryCounts(category: string): Record<CategoryMemberType, number> { return this.linkTables.categoryCounts(category); }
  wantedPages(opts: { limit: number; offset?: number }): WantedPage[] { return this.linkTables.wantedPages(opts); }
  uncategorizedPages(opts: { namespace: number; limit: number; offset?: number }): PageRecord[] {
    return this.linkTables.uncategorizedPages(opts);
  }

  // Logs (sqlite-log-store.ts).
  addLogEntry(entry: NewLogEntry): number { return this.logs.addLogEntry(entry); }
  listLog(query: LogQuery): LogEntry[] { return this.logs.listLog(query); }

  // Deletion archive (sqlite-archive-store.ts).
  archivePage(pageId: number): number { return this.archive.archivePage(pageId); }
  listArchivedRevisions(namespace: number, dbKey: string): ArchivedRevision[] { return this.archive.listArchivedRevisions(namespace, dbKey); }
  getArchivedRevision(namespace: number, dbKey: string, revId: number): RevisionWithText | null {
    return this.archive.getArchivedRevision(namespace, dbKey, revId);
  }
  restoreArchived(namespace: number, dbKey: string, opts: { revIds?: number[]; isRedirect: (text: string) => boolean }) {
    return this.archive.restoreArchived(namespace, dbKey, opts);
  }

  // Protection (sqlite-restrictions.ts).
  getRestrictions(pageId: number): PageRestriction[] { return this.restrictions.getRestrictions(pageId); }
  setRestrictions(pageId: number, restrictions: PageRestriction[]): void { this.restrictions.setRestrictions(pageId, restrictions); }

  // Job queue (sqlite-job-store.ts).
  pushJobs(jobs: NewJob[], timestamp: string): number { return this.jobs.pushJobs(jobs, timestamp); }
  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null {
    return this.jobs.claimJob(opts);
  }
  completeJob(id: number): void { this.jobs.completeJob(id); }
  releaseJob(id: number): void { this.jobs.releaseJob(id); }
  countJobs(maxAttempts: number): JobCounts { return this.jobs.countJobs(maxAttempts); }

  // Uploaded files (sqlite-file-store.ts).
  getFileRecord(name: string): FileRecord | null { return this.files.getFileRecord(name); }
  getFileRecords(names: string[]): Map<string, FileRecord> { return this.files.getFileRecords(names); }
  recordUpload(file: FileRecord, archiveName: string): OldFileRecord | null { return this.files.recordUpload(file, archiveName); }
  setFileDescriptionRev(name: string, revId: number): void { this.files.setFileDescriptionRev(name, revId); }
  listOldFiles(name: string): OldFileRecord[] { return this.files.listOldFiles(name); }
  listFiles(opts: { limit: number; before?: string }): FileRecord[] { return this.files.listFiles(opts); }
  findFilesBySha1(sha1: string): FileRecord[] { return this.files.findFilesBySha1(sha1); }
  countFiles(): number { return this.files.countFiles(); }

  recentChanges(opts: { limit: number; namespace?: number }): RecentChange[] {
    const rows = opts.namespace === undefined
      ? this.db.prepare('SELECT * FROM recentchanges ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?').all(opts.limit)
      : this.db.prepare(
        'SELECT * FROM recentchanges WHERE rc_namespace = ? ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?',
      ).all(opts.namespace, opts.limit);
    return (rows as RecentChangeRow[]).map(toRecentChange);
  }

  *iteratePages(opts: { currentOnly: boolean; namespace?: number }): Iterable<{ page: PageRecord; revisions: Iterable<RevisionWithText> }> {
    // Chunked reads: better-sqlite3 allows no other statement while an iterator is open,
    // and the consumer may write in between (or await a stream's drain).
    let after = 0;
    for (;;) {
      const rows = (opts.namespace === undefined
        ? this.db.prepare('SELECT * FROM page WHERE page_id > ? ORDER BY page_id LIMIT ?').all(after, pageChunk)
        : this.db.prepare('SELECT * FROM page WHERE page_id > ? AND page_namespace = ? ORDER BY page_id LIMIT ?')
          .all(after, opts.namespace, pageChunk)) as PageRow[];
      if (rows.length === 0) return;
      for (const row of rows) {
        const page = toPage(row);
        const revisions = opts.currentOnly
          ? [this.getLatestRevision(page.pageId)].filter((r): r is RevisionWithText => r !== null)
          : this.revisionsOldestFirst(page.pageId);
        yield { page, revisions };
      }
      after = rows[rows.length - 1].page_id;
    }
  }

  getMeta(key: string): string | null {
    return (this.db.prepare('SELECT meta_value FROM meta WHERE meta_key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare(
      'INSERT INTO meta (meta_key, meta_value) VALUES (?, ?) ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value',
    ).run(key, value);
  }

  close(): void {
    this.db.close();
  }

  private *revisionsOldestFirst(pageId: number): Iterable<RevisionWithText> {
    let cursor = { timestamp: '', id: 0 };
    for (;;) {
      const rows = this.db.prepare(
        `${revisionWithText} WHERE rev_page = ? AND (rev_timestamp > ? OR (rev_timestamp = ? AND rev_id > ?))
         ORDER BY rev_timestamp, rev_id LIMIT ?`,
      ).all(pageId, cursor.timestamp, cursor.timestamp, cursor.id, pageChunk) as RevisionRow[];
      if (rows.length === 0) return;
      for (const row of rows) yield toRevisionWithText(row);
      const last = rows[rows.length - 1];
      cursor = { timestamp: last.rev_timestamp, id: last.rev_id };
    }
  }

  private getRevisionRow(revId: number): RevisionRow | null {
    return (this.db.prepare('SELECT * FROM revision WHERE rev_id = ?').get(revId) as RevisionRow | undefined) ?? null;
  }
}
