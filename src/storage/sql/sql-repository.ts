/**
 * The WikiRepository in SQL both databases accept, over a SqlConnection: pages, revisions,
 * recent changes and site state here, the other tables in their own stores. Every write is
 * in a transaction; nested transactions become savepoints. SqliteRepository and
 * PostgresRepository only open the connection.
 */
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
import { SqlFileStore } from '../sql-file-store.ts';
import { SqlUserStore } from '../sql-user-store.ts';
import { SqlCommunityStore } from '../sql-community-store.ts';
import { SqlPageDataStore } from '../sql-page-data-store.ts';
import { freeId } from './free-id.ts';
import { migrate } from './migrate.ts';
import {
  toPage, toRecentChange, toRevision, toRevisionWithText,
  type PageRow, type RecentChangeRow, type RevisionRow,
} from './rows.ts';
import { SqlArchiveStore } from './sql-archive-store.ts';
import { chunks, type SqlConnection } from './sql-connection.ts';
import { SqlJobStore } from './sql-job-store.ts';
import { SqlLinkTables } from './sql-link-tables.ts';
import { SqlLogStore } from './sql-log-store.ts';
import { SqlParserCacheStore } from './sql-parser-cache-store.ts';
import { SqlRestrictions } from './sql-restrictions.ts';

const revisionWithText = 'SELECT revision.*, content_text FROM revision JOIN content ON content_sha1 = rev_sha1';
const pageChunk = 200;

export class SqlRepository implements WikiRepository {
  private readonly linkTables: SqlLinkTables;
  private readonly logs: SqlLogStore;
  private readonly archive: SqlArchiveStore;
  private readonly restrictions: SqlRestrictions;
  private readonly jobs: SqlJobStore;
  private readonly files: SqlFileStore;
  readonly users: SqlUserStore;
  readonly community: SqlCommunityStore;
  readonly pageData: SqlPageDataStore;
  readonly parserCacheStore: SqlParserCacheStore;

  /** Migrates the database behind the connection (closing it when that fails). */
  constructor(protected readonly sql: SqlConnection) {
    try {
      migrate(sql);
    } catch (err) {
      sql.close();
      throw err;
    }
    this.linkTables = new SqlLinkTables(sql);
    this.logs = new SqlLogStore(sql);
    this.pageData = new SqlPageDataStore(sql);
    this.archive = new SqlArchiveStore(sql, (pageId) => {
      this.linkTables.deleteLinks(pageId);
      this.pageData.deletePageData(pageId);
    });
    this.restrictions = new SqlRestrictions(sql);
    this.jobs = new SqlJobStore(sql);
    this.files = new SqlFileStore(sql);
    this.users = new SqlUserStore(sql);
    this.community = new SqlCommunityStore(sql);
    this.parserCacheStore = new SqlParserCacheStore(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.sql.transaction(fn);
  }

  getPage(namespace: number, dbKey: string): PageRecord | null {
    const row = this.sql.get<PageRow>('SELECT * FROM page WHERE page_namespace = ? AND page_title = ?', namespace, dbKey);
    return row ? toPage(row) : null;
  }

  getPageById(pageId: number): PageRecord | null {
    const row = this.sql.get<PageRow>('SELECT * FROM page WHERE page_id = ?', pageId);
    return row ? toPage(row) : null;
  }

  existingPages(titles: Array<{ namespace: number; dbKey: string }>): Set<string> {
    const found = new Set<string>();
    const byNamespace = new Map<number, string[]>();
    for (const t of titles) {
      const keys = byNamespace.get(t.namespace) ?? [];
      keys.push(t.dbKey);
      byNamespace.set(t.namespace, keys);
    }
    for (const [namespace, keys] of byNamespace) {
      for (const chunk of chunks([...new Set(keys)])) {
        const rows = this.sql.all<{ page_title: string }>(
          `SELECT page_title FROM page WHERE page_namespace = ? AND page_title IN (${chunk.map(() => '?').join(', ')})`,
          namespace, ...chunk,
        );
        for (const r of rows) found.add(`${namespace}:${r.page_title}`);
      }
    }
    return found;
  }

  listPages(opts: { namespace?: number; from?: string; limit: number }): PageRecord[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (opts.namespace !== undefined) { where.push('page_namespace = ?'); args.push(opts.namespace); }
    if (opts.from !== undefined) { where.push('page_title >= ?'); args.push(opts.from); }
    const sql = `SELECT * FROM page ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY page_namespace, page_title LIMIT ?`;
    return this.sql.all<PageRow>(sql, ...args, opts.limit).map(toPage);
  }

  randomPage(namespace: number): PageRecord | null {
    const row = this.sql.get<PageRow>(
      'SELECT * FROM page WHERE page_namespace = ? AND page_is_redirect = 0 ORDER BY random() LIMIT 1', namespace,
    );
    return row ? toPage(row) : null;
  }

  countPages(): number {
    return Number(this.sql.get<{ n: number }>('SELECT count(*) AS n FROM page')?.n ?? 0);
  }

  getRevision(revId: number): RevisionWithText | null {
    const row = this.sql.get<RevisionRow>(`${revisionWithText} WHERE rev_id = ?`, revId);
    return row ? toRevisionWithText(row) : null;
  }

  getLatestRevision(pageId: number): RevisionWithText | null {
    const row = this.sql.get<RevisionRow>(`${revisionWithText} JOIN page ON page_latest = rev_id WHERE page_id = ?`, pageId);
    return row ? toRevisionWithText(row) : null;
  }

  findRevision(pageId: number, timestamp: string, sha1: string): RevisionRecord | null {
    const row = this.sql.get<RevisionRow>(
      'SELECT * FROM revision WHERE rev_page = ? AND rev_timestamp = ? AND rev_sha1 = ? LIMIT 1', pageId, timestamp, sha1,
    );
    return row ? toRevision(row) : null;
  }

  listRevisions(pageId: number, opts: { limit: number; offset?: number }): RevisionRecord[] {
    return this.sql.all<RevisionRow>(
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
      this.sql.run('INSERT INTO content (content_sha1, content_text) VALUES (?, ?) ON CONFLICT DO NOTHING', sha1, rev.text);

      let pageId = existing?.pageId;
      if (pageId === undefined) {
        pageId = freeId(this.sql, 'page', 'page_id', rev.pageId);
        this.sql.run(
          `INSERT INTO page (page_id, page_namespace, page_title, page_is_redirect, page_content_model, page_latest, page_touched, page_len)
           VALUES (?, ?, ?, 0, ?, 0, ?, 0)`,
          pageId, rev.namespace, rev.dbKey, model, touched,
        );
      }
      const previous = existing ? this.getRevisionRow(existing.latestRevisionId) : null;
      const revId = freeId(this.sql, 'revision', 'rev_id', rev.revId);
      const parentId = rev.parentId !== undefined ? rev.parentId : (previous?.rev_id ?? null);
      this.sql.run(
        `INSERT INTO revision (rev_id, rev_page, rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment,
           rev_minor_edit, rev_deleted, rev_sha1, rev_len, rev_content_model, rev_content_format)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        revId, pageId, parentId, rev.timestamp, rev.userName, rev.userId ?? null, rev.comment, rev.minor ? 1 : 0,
        rev.deleted ?? 0, sha1, size, model, rev.format ?? 'text/x-wiki',
      );

      // An imported older revision joins the history without becoming the current one.
      const isCurrent = !previous || previous.rev_timestamp <= rev.timestamp;
      if (isCurrent) {
        this.sql.run(
          `UPDATE page SET page_latest = ?, page_len = ?, page_is_redirect = ?, page_content_model = ?, page_touched = ?
           WHERE page_id = ?`,
          revId, size, rev.isRedirect ? 1 : 0, model, touched, pageId,
        );
      }
      if (rev.recordChange !== false) {
        this.sql.run(
          `INSERT INTO recentchanges (rc_id, rc_timestamp, rc_namespace, rc_title, rc_cur_id, rc_this_oldid, rc_last_oldid,
             rc_user_text, rc_comment, rc_minor, rc_new, rc_old_len, rc_new_len, rc_user)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          freeId(this.sql, 'recentchanges', 'rc_id'), rev.timestamp, rev.namespace, rev.dbKey, pageId, revId, parentId,
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
    this.sql.run('UPDATE page SET page_namespace = ?, page_title = ? WHERE page_id = ?', namespace, dbKey, pageId);
    return this.getPageById(pageId)!;
  }

  touchPage(pageId: number, timestamp: string): void {
    this.sql.run('UPDATE page SET page_touched = ? WHERE page_id = ?', timestamp, pageId);
  }

  // Link tables (sql-link-tables.ts).
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

  // Logs (sql-log-store.ts).
  addLogEntry(entry: NewLogEntry): number { return this.logs.addLogEntry(entry); }
  listLog(query: LogQuery): LogEntry[] { return this.logs.listLog(query); }

  // Deletion archive (sql-archive-store.ts).
  archivePage(pageId: number): number { return this.archive.archivePage(pageId); }
  listArchivedRevisions(namespace: number, dbKey: string): ArchivedRevision[] { return this.archive.listArchivedRevisions(namespace, dbKey); }
  getArchivedRevision(namespace: number, dbKey: string, revId: number): RevisionWithText | null {
    return this.archive.getArchivedRevision(namespace, dbKey, revId);
  }
  restoreArchived(namespace: number, dbKey: string, opts: { revIds?: number[]; isRedirect: (text: string) => boolean }) {
    return this.archive.restoreArchived(namespace, dbKey, opts);
  }

  // Protection (sql-restrictions.ts).
  getRestrictions(pageId: number): PageRestriction[] { return this.restrictions.getRestrictions(pageId); }
  setRestrictions(pageId: number, restrictions: PageRestriction[]): void { this.restrictions.setRestrictions(pageId, restrictions); }

  // Job queue (sql-job-store.ts).
  pushJobs(jobs: NewJob[], timestamp: string): number { return this.jobs.pushJobs(jobs, timestamp); }
  claimJob(opts: { token: string; now: string; leaseExpiredBefore: string; maxAttempts: number }): Job | null {
    return this.jobs.claimJob(opts);
  }
  completeJob(id: number): void { this.jobs.completeJob(id); }
  releaseJob(id: number): void { this.jobs.releaseJob(id); }
  countJobs(maxAttempts: number): JobCounts { return this.jobs.countJobs(maxAttempts); }

  // Uploaded files (../sql-file-store.ts).
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
      ? this.sql.all<RecentChangeRow>('SELECT * FROM recentchanges ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?', opts.limit)
      : this.sql.all<RecentChangeRow>(
        'SELECT * FROM recentchanges WHERE rc_namespace = ? ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?', opts.namespace, opts.limit,
      );
    return rows.map(toRecentChange);
  }

  *iteratePages(opts: { currentOnly: boolean; namespace?: number }): Iterable<{ page: PageRecord; revisions: Iterable<RevisionWithText> }> {
    // Chunked reads: better-sqlite3 allows no other statement while an iterator is open, and
    // the consumer may write between pages on the same connection (or await a stream's drain).
    let after = 0;
    for (;;) {
      const rows = opts.namespace === undefined
        ? this.sql.all<PageRow>('SELECT * FROM page WHERE page_id > ? ORDER BY page_id LIMIT ?', after, pageChunk)
        : this.sql.all<PageRow>(
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
    return this.sql.get<{ meta_value: string }>('SELECT meta_value FROM meta WHERE meta_key = ?', key)?.meta_value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.sql.run(
      'INSERT INTO meta (meta_key, meta_value) VALUES (?, ?) ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value',
      key, value,
    );
  }

  close(): void {
    this.sql.close();
  }

  private *revisionsOldestFirst(pageId: number): Iterable<RevisionWithText> {
    let cursor = { timestamp: '', id: 0 };
    for (;;) {
      const rows = this.sql.all<RevisionRow>(
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
    return this.sql.get<RevisionRow>('SELECT * FROM revision WHERE rev_id = ?', revId);
  }
}
