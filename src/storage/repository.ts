/**
 * The storage interface every database implementation provides (SQLite now, PostgreSQL
 * beside it). Pages and append-only revisions, with MediaWiki's names. Implementations
 * live in storage/sqlite/ and storage/postgres/; the same test suite runs against each.
 *
 * Methods are synchronous for the embedded SQLite default; the PostgreSQL implementation
 * wraps its asynchronous driver behind the same interface where needed (see its README).
 */
import type { ArchiveStore } from './archive-store.ts';
import type { FileStore } from './file-store.ts';
import type { JobStore } from './job-store.ts';
import type { LinkTableStore } from './link-tables.ts';
import type { LogStore } from './log-store.ts';
import type { RestrictionStore } from './restriction-store.ts';
import type { UserStore } from './user-store.ts';
import type { CommunityStore } from './community-store.ts';
import type { PageDataStore } from './page-data-store.ts';
import type { ParserCacheStore } from './parser-cache-store.ts';

export type { ArchiveStore } from './archive-store.ts';
export type { BlockRecord, CommunityStore, Contribution, WatchedTitle } from './community-store.ts';
export type { FileRecord, FileStore, MediaType, OldFileRecord } from './file-store.ts';
export type { JobStore } from './job-store.ts';
export type { LinkTableStore } from './link-tables.ts';
export type { LogStore } from './log-store.ts';
export type { PageDataStore } from './page-data-store.ts';
export type { ParserCacheRow, ParserCacheStore } from './parser-cache-store.ts';
export type { RestrictionStore } from './restriction-store.ts';
export type { BotPasswordRecord, SessionRecord, UserGroupMembership, UserRecord, UserStore } from './user-store.ts';

export interface PageRecord {
  pageId: number;
  namespace: number;
  /** Title text without namespace, DB-key form (underscores). */
  dbKey: string;
  isRedirect: boolean;
  /** Content model: wikitext, Scribunto, css, javascript, json, text. */
  model: string;
  latestRevisionId: number;
  touched: string;
  length: number;
}

export interface RevisionRecord {
  revId: number;
  pageId: number;
  parentId: number | null;
  /** ISO 8601 UTC timestamp, e.g. 2024-01-15T12:01:00Z. */
  timestamp: string;
  userName: string;
  userId: number | null;
  comment: string;
  minor: boolean;
  sha1: string;
  size: number;
  model: string;
  format: string;
  /** MediaWiki's rev_deleted bits (1 text, 2 comment, 4 user); 0 when nothing is hidden. */
  deleted?: number;
}

export interface RevisionWithText extends RevisionRecord {
  text: string;
}

export interface NewRevision {
  namespace: number;
  dbKey: string;
  text: string;
  timestamp: string;
  userName: string;
  userId?: number | null;
  comment: string;
  minor: boolean;
  model?: string;
  format?: string;
  /** Keep this revision id (imports); a fresh one is assigned when absent or taken. */
  revId?: number;
  /** Keep this page id when creating the page (imports). */
  pageId?: number;
  isRedirect?: boolean;
  /** Optimistic concurrency: the revision the edit was based on (null for a new page). */
  baseRevId?: number | null;
  /** The parent revision (imports); defaults to the page's latest revision. */
  parentId?: number | null;
  /** rev_deleted bits (imports of hidden users, comments or texts). */
  deleted?: number;
  /** Whether to list the edit in recent changes (default true; imports pass false). */
  recordChange?: boolean;
}

export interface RecentChange {
  revId: number;
  pageId: number;
  namespace: number;
  dbKey: string;
  timestamp: string;
  userName: string;
  /** The account's id; 0 for anonymous editors (and changes made before ids were recorded). */
  userId?: number;
  comment: string;
  minor: boolean;
  isNew: boolean;
  oldSize: number;
  newSize: number;
  /** edit, new (page creation) or log (a log entry: move, delete, protect ...). */
  type: 'edit' | 'new' | 'log';
  /** For log lines: the log entry, its type, action and details. */
  logId?: number;
  logType?: string;
  logAction?: string;
  logParams?: Record<string, unknown>;
}

export class EditConflictError extends Error {
  constructor(readonly latestRevId: number, readonly baseRevId: number | null) {
    super(`edit conflict: the page changed since revision ${baseRevId ?? '(new page)'}, now at ${latestRevId}`);
  }
}

export interface WikiRepository extends LinkTableStore, LogStore, ArchiveStore, RestrictionStore, JobStore, FileStore {
  /** Runs fn in one transaction; everything it writes is rolled back if it throws. */
  transaction<T>(fn: () => T): T;

  /**
   * A value that changes whenever anything is written to the database, by this process or
   * another (caches of finished pages compare it); absent where the database cannot tell cheaply.
   */
  changeMark?(): string;

  /** User accounts, groups, bot passwords and sessions (sql-user-store.ts on both databases). */
  readonly users: UserStore;

  /** Contributions, blocks and watchlists (sql-community-store.ts on both databases). */
  readonly community: CommunityStore;

  /** Infobox items of each page, and the queries over them (sql-page-data-store.ts on both databases). */
  readonly pageData: PageDataStore;

  /** The persistent level of the parser cache (sql/sql-parser-cache-store.ts); absent where outputs are kept in memory only. */
  readonly parserCacheStore?: ParserCacheStore;

  getPage(namespace: number, dbKey: string): PageRecord | null;
  getPageById(pageId: number): PageRecord | null;
  /** Which of the given (namespace, dbKey) pairs exist, as "ns:dbKey" strings. */
  existingPages(titles: Array<{ namespace: number; dbKey: string }>): Set<string>;
  listPages(opts: { namespace?: number; from?: string; limit: number }): PageRecord[];
  randomPage(namespace: number): PageRecord | null;
  countPages(): number;

  getRevision(revId: number): RevisionWithText | null;
  getLatestRevision(pageId: number): RevisionWithText | null;
  /** The revision of a page with this timestamp and text hash, if one exists (re-imports). */
  findRevision(pageId: number, timestamp: string, sha1: string): RevisionRecord | null;
  /** Newest first. */
  listRevisions(pageId: number, opts: { limit: number; offset?: number }): RevisionRecord[];
  /** Appends a revision, creating the page if needed; throws EditConflictError on a stale base. */
  saveRevision(rev: NewRevision): { page: PageRecord; revision: RevisionRecord; created: boolean };

  /** Renames a page (a move); the target title must be free. */
  movePage(pageId: number, namespace: number, dbKey: string): PageRecord;
  /** Sets page_touched (cache invalidation after a dependency changed). */
  touchPage(pageId: number, timestamp: string): void;

  recentChanges(opts: { limit: number; namespace?: number }): RecentChange[];

  /** Every page with every revision (oldest first) or only the latest, for export. */
  iteratePages(opts: { currentOnly: boolean; namespace?: number }): Iterable<{ page: PageRecord; revisions: Iterable<RevisionWithText> }>;

  /** Key/value site state (settings.json, siteinfo, parser cache version ...). */
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;

  close(): void;
}
