/**
 * Deleted pages (MediaWiki's archive table): deleting moves every revision of a page into the
 * archive and removes the page with its link rows; undeleting brings the revisions back with
 * their ids and recreates the page (or adds them to a page created since).
 */
import type { PageRecord, RevisionRecord, RevisionWithText } from './repository.ts';

export interface ArchivedRevision extends RevisionRecord {
  namespace: number;
  dbKey: string;
}

export interface ArchiveStore {
  /** Archives all revisions of the page and removes it; returns how many revisions were archived. */
  archivePage(pageId: number): number;
  /** Archived revisions of a title, newest first. */
  listArchivedRevisions(namespace: number, dbKey: string): ArchivedRevision[];
  getArchivedRevision(namespace: number, dbKey: string, revId: number): RevisionWithText | null;
  /**
   * Restores archived revisions (all, or those listed) to the title. Returns the page and how
   * many came back; `isRedirect` is the redirect flag for the page's new latest revision.
   */
  restoreArchived(namespace: number, dbKey: string, opts: { revIds?: number[]; isRedirect: (text: string) => boolean }): { page: PageRecord; restored: number } | null;
}
