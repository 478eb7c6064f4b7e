/**
 * The WikiRepository on PostgreSQL, through one synchronous libpq connection (pg-native), so
 * the same synchronous interface as the embedded SQLite default. The shared migration set
 * is applied on open; every write runs in a transaction holding the schema's writer lock,
 * nested transactions become savepoints.
 */
import type { ArchivedRevision } from '../archive-store.ts';
import type { FileRecord, OldFileRecord } from '../file-store.ts';
import type { Job, JobCounts, NewJob } from '../job-store.ts';
import type {
  BacklinkTable, CategoryMember, CategoryMemberType, PageLinks, TitleKey, WantedPage,
} from '../link-tables.ts';
import type { LogEntry, LogQuery, NewLogEntry } from '../log-store.ts';
import {
  EditConflictError,
  type NewRevision,
  type PageRecord,
  type RecentChange,
  type RevisionRecord,
  type RevisionWithText,
  type WikiRepository,
} from '../repository.ts';
import type { PageRestriction } from '../restriction-store.ts';
import { byteLength, sha1Base36 } from '../sha1.ts';
import {
  toPage, toRecentChange, toRevision, toRevisionWithText,
  type PageRow, type RecentChangeRow, type RevisionRow,
} from '../sqlite/rows.ts';
import { freeId } from './free-id.ts';
import { SqlFileStore } from '../sql-file-store.ts';
import { SqlUserStore } from '../sql-user-store.ts';
import { SqlCommunityStore } from '../sql-community-store.ts';
import { migratePostgres } from './migrate.ts';
import { PgArchiveStore } from './pg-archive-store.ts';
import { PgConnection, pgArray } from './pg-connection.ts';
import { PgJobStore } from './pg-job-store.ts';
import { PgLinkTables } from './pg-link-tables.ts';
import { PgLogStore } from './pg-log-store.ts';
import { PgRestrictions } from './pg-restrictions.ts';

const revisionWithText = 'SELECT revision.*, content_text FROM revision JOIN content ON content_sha1 = rev_sha1';
const pageChunk = 200;

export interface PostgresOptions {
  /** A schema to keep the wiki's tables in (created if missing); the connection's default otherwise. */
  schema?: string;
}

export class PostgresRepository implements WikiRepository {
  readonly db: PgConnection;
  private readonly linkTables: PgLinkTables;
  private readonly logs: PgLogStore;
  private readonly archive: PgArchiveStore;
  private readonly restrictions: PgRestrictions;
  private readonly files: SqlFileStore;
  private readonly jobs: PgJobStore;
  readonly users: SqlUserStore;
  readonly community: SqlCommunityStore;

  /** Connects to a postgres:// URL and migrates the database. */
  constructor(url: string, opts: PostgresOptions = {}) {
    this.db = new PgConnection(url, opts.schema);
    try {
      migratePostgres(this.db);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.linkTables = new PgLinkTables(this.db);
    this.logs = new PgLogStore(this.db);
    this.archive = new PgArchiveStore(this.db, (pageId) => this.linkTables.deleteLinks(pageId));
    this.restrictions = new PgRestrictions(this.db);
    this.jobs = new PgJobStore(this.db);
    this.files = new SqlFileStore(this.db);
    this.users = new SqlUserStore(this.db);
    this.community = new SqlCommunityStore(this.db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }

  getPage(namespace: number, dbKey: string): PageRecord | null {
    const row = this.db.get<PageRow>('SELECT * FROM page WHERE page_namespace = ? AND page_title = ?', namespace, dbKey);
    return row ? toPage(row) : null;
  }

  getPageById(pageId: number): PageRecord | null {
    const row = this.db.get<PageRow>('SELECT * FROM page WHERE page_id = ?', pageId);
    return row ? toPage(row) : null;
  }

  existingPages(titles: Array<{ namespace: number; dbKey: string }>): Set<string> {
    const found = new Set<string>();
    if (titles.length === 0) return found;
    const rows = this.db.all<{ page_namespace: number; page_title: string }>(
      `SELECT page_namespace, page_title FROM page
       JOIN unnest(?::bigint[], ?::text[]) AS t(ns, title) ON page_namespace = t.ns AND page_title = t.title`,
      pgArray(titles.map((t) => t.namespace)), pgArray(titles.map((t) => t.dbKey)),
    );
    for (const r of rows) found.add(`${r.page_namespace}:${r.page_title}`);
    return found;
  }

  listPages(opts: { namespace?: number; from?: string; limit: number }): PageRecord[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (opts.namespace !== undefined) { where.push('page_namespace = ?'); args.push(opts.namespace); }
    if (opts.from !== undefined) { where.push('page_title >= ?'); args.push(opts.from); }
    const sql = `SELECT * FROM page ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY page_namespace, page_title LIMIT ?`;
    return this.db.all<PageRow>(sql, ...args, opts.limit).map(toPage);
  }

  randomPage(namespace: number): PageRecord | null {
    const row = this.db.get<PageRow>(
      'SELECT * FROM page WHERE page_namespace = ? AND page_is_redirect = 0 ORDER BY random() LIMIT 1', namespace,
    );
    return row ? toPage(row) : null;
  }

  countPages(): number {
    return this.db.value<number>('SELECT count(*) FROM page') ?? 0;
  }

  getRevision(revId: number): RevisionWithText | null {
    const row = this.db.get<RevisionRow>(`${revisionWithText} WHERE rev_id = ?`, revId);
    return row ? toRevisionWithText(row) : null;
  }

  getLatestRevision(pageId: number): RevisionWithText | null {
    const row = this.db.get<RevisionRow>(`${revisionWithText} JOIN page ON page_latest = rev_id WHERE page_id = ?`, pageId);
    return row ? toRevisionWithText(row) : null;
  }

  findRevision(pageId: number, timestamp: string, sha1: string): RevisionRecord | null {
    const row = this.db.get<RevisionRow>(
      'SELECT * FROM revision WHERE rev_page = ? AND rev_timestamp = ? AND rev_sha1 = ? LIMIT 1', pageId, timestamp, sha1,
    );
    return row ? toRevision(row) : null;
  }

  listRevisions(pageId: number, opts: { limit: number; offset?: number }): RevisionRecord[] {
    return this.db.all<RevisionRow>(
      'SELECT * FROM revision WHERE rev_page = ? ORDER BY rev_timestamp DESC, rev_id DESC LIMIT ? OFFSET ?',
      pageId, opts.limit, opts.offset ?? 0,
    ).map(toRevision);
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
      this.db.run('INSERT INTO content (content_sha1, content_text) VALUES (?, ?) ON CONFLICT DO NOTHING', sha1, rev.text);

      let pageId = existing?.pageId;
      if (pageId === undefined) {
        pageId = freeId(this.db, 'page', 'page_id', rev.pageId);
        this.db.run(
          `INSERT INTO page (page_id, page_namespace, page_title, page_is_redirect, page_content_model, page_latest, page_touched, page_len)
           VALUES (?, ?, ?, 0, ?, 0, ?, 0)`,
          pageId, rev.namespace, rev.dbKey, model, touched,
        );
      }
      const previous = existing ? this.getRevisionRow(existing.latestRevisionId) : null;
      const revId = freeId(this.db, 'revision', 'rev_id', rev.revId);
      const parentId = rev.parentId !== undefined ? rev.parentId : (previous?.rev_id ?? null);
      this.db.run(
        `INSERT INTO revision (rev_id, rev_page, rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment,
           rev_minor_edit, rev_deleted, rev_sha1, rev_len, rev_content_model, rev_content_format)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        revId, pageId, parentId, rev.timestamp, rev.userName, rev.userId ?? null, rev.comment, rev.minor ? 1 : 0,
        rev.deleted ?? 0, sha1, size, model, rev.format ?? 'text/x-wiki',
      );

      // An imported older revision joins the history without becoming the current one.
      const isCurrent = !previous || previous.rev_timestamp <= rev.timestamp;
      if (isCurrent) {
        this.db.run(
          `UPDATE page SET page_latest = ?, page_len = ?, page_is_redirect = ?, page_content_model = ?, page_touched = ?
           WHERE page_id = ?`,
          revId, size, rev.isRedirect ? 1 : 0, model, touched, pageId,
        );
      }
      if (rev.recordChange !== false) {
        this.db.run(
          `INSERT INTO recentchanges (rc_id, rc_timestamp, rc_namespace, rc_title, rc_cur_id, rc_this_oldid, rc_last_oldid,
             rc_user_text, rc_comment, rc_minor, rc_new, rc_old_len, rc_new_len, rc_user)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    this.db.run('UPDATE page SET page_namespace = ?, page_title = ? WHERE page_id = ?', namespace, dbKey, pageId);
    return this.getPageById(pageId)!;
  }

  touchPage(pageId: number, timestamp: string): void {
    this.db.run('UPDATE page SET page_touched = ? WHERE page_id = ?', timestamp, pageId);
  }

  // Link tables (pg-link-tables.ts).
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

  // Logs (pg-log-store.ts).
  addLogEntry(entry: NewLogEntry): number { return this.logs.addLogEntry(entry); }
  listLog(query: LogQuery): LogEntry[] { return this.logs.listLog(query); }

  // Deletion archive (pg-archive-store.ts).
  archivePage(pageId: number): number { return this.archive.archivePage(pageId); }
  listArchivedRevisions(namespace: number, dbKey: string): ArchivedRevision[] { return this.archive.listArchivedRevisions(namespace, dbKey); }
  getArchivedRevision(namespace: number, dbKey: string, revId: number): RevisionWithText | null {
    return this.archive.getArchivedRevision(namespace, dbKey, revId);
  }
  restoreArchived(namespace: number, dbKey: string, opts: { revIds?: number[]; isRedirect: (text: string) => boolean }) {
    return this.archive.restoreArchived(namespace, dbKey, opts);
  }

  // Protection (pg-restrictions.ts).
  getRestrictions(pageId: number): PageRestriction[] { return this.restrictions.getRestrictions(pageId); }
  setRestrictions(pageId: number, restrictions: PageRestriction[]): void { this.restrictions.setRestrictions(pageId, restrictions); }

  // Job queue (pg-job-store.ts).
  pushJobs(jobs: NewJob[], timestamp: string): number { return this.jobs.pushJobs(jobs, timestamp); }
  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null {
    return this.jobs.claimJob(opts);
  }
  completeJob(id: number): void { this.jobs.completeJob(id); }
  releaseJob(id: number): void { this.jobs.releaseJob(id); }
  countJobs(maxAttempts: number): JobCounts { return this.jobs.countJobs(maxAttempts); }

  // Uploaded files (sql-file-store.ts).
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
      ? this.db.all<RecentChangeRow>('SELECT * FROM recentchanges ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?', opts.limit)
      : this.db.all<RecentChangeRow>(
        'SELECT * FROM recentchanges WHERE rc_namespace = ? ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?', opts.namespace, opts.limit,
      );
    return rows.map(toRecentChange);
  }

  *iteratePages(opts: { currentOnly: boolean; namespace?: number }): Iterable<{ page: PageRecord; revisions: Iterable<RevisionWithText> }> {
    // Chunked reads, so the consumer may write between pages on the same connection.
    let after = 0;
    for (;;) {
      const rows = opts.namespace === undefined
        ? this.db.all<PageRow>('SELECT * FROM page WHERE page_id > ? ORDER BY page_id LIMIT ?', after, pageChunk)
        : this.db.all<PageRow>(
          'SELECT * FROM page WHERE page_id > ? AND page_namespace = ? ORDER BY page_id LIMIT ?', after, opts.namespace, pageChunk,
        );
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
    return this.db.value<string>('SELECT meta_value FROM meta WHERE meta_key = ?', key);
  }

  setMeta(key: string, value: string): void {
    this.db.run(
      'INSERT INTO meta (meta_key, meta_value) VALUES (?, ?) ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value',
      key, value,
    );
  }

  close(): void {
    this.db.close();
  }

  private *revisionsOldestFirst(pageId: number): Iterable<RevisionWithText> {
    let cursor = { timestamp: '', id: 0 };
    for (;;) {
      const rows = this.db.all<RevisionRow>(
        `${revisionWithText} WHERE rev_page = ? AND (rev_timestamp > ? OR (rev_timestamp = ? AND rev_id > ?))
         ORDER BY rev_timestamp, rev_id LIMIT ?`,
        pageId, cursor.timestamp, cursor.timestamp, cursor.id, pageChunk,
      );
      if (rows.length === 0) return;
      for (const row of rows) yield toRevisionWithText(row);
      const last = rows[rows.length - 1];
      cursor = { timestamp: last.rev_timestamp, id: last.rev_id };
    }
  }

  private getRevisionRow(revId: number): RevisionRow | null {
    return this.db.get<RevisionRow>('SELECT * FROM revision WHERE rev_id = ?', revId);
  }
}
