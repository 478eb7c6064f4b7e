/**
 * Deletion and undeletion in SQL both databases accept: revisions move between revision and
 * archive rows with their ids, texts stay in the content table.
 */
import type { ArchivedRevision, ArchiveStore } from '../archive-store.ts';
import type { PageRecord, RevisionWithText } from '../repository.ts';
import { freeId, isFreeId } from './free-id.ts';
import { toPage, toRevision, type PageRow, type RevisionRow } from './rows.ts';
import type { SqlRunner } from './sql-connection.ts';

interface ArchiveRow {
  ar_id: number;
  ar_namespace: number;
  ar_title: string;
  ar_page_id: number;
  ar_rev_id: number;
  ar_parent_id: number | null;
  ar_timestamp: string;
  ar_user_text: string;
  ar_user: number | null;
  ar_comment: string;
  ar_minor_edit: number;
  ar_deleted: number;
  ar_sha1: string;
  ar_len: number;
  ar_content_model: string;
  ar_content_format: string;
  content_text?: string;
}

function asRevisionRow(r: ArchiveRow): RevisionRow {
  return {
    rev_id: r.ar_rev_id, rev_page: r.ar_page_id, rev_parent_id: r.ar_parent_id, rev_timestamp: r.ar_timestamp,
    rev_user_text: r.ar_user_text, rev_user: r.ar_user, rev_comment: r.ar_comment, rev_minor_edit: r.ar_minor_edit,
    rev_deleted: r.ar_deleted, rev_sha1: r.ar_sha1, rev_len: r.ar_len, rev_content_model: r.ar_content_model,
    rev_content_format: r.ar_content_format, content_text: r.content_text,
  };
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class SqlArchiveStore implements ArchiveStore {
  constructor(private readonly db: SqlRunner, private readonly deleteLinks: (pageId: number) => void) {}

  archivePage(pageId: number): number {
    return this.db.transaction(() => {
      const page = this.db.get<PageRow>('SELECT * FROM page WHERE page_id = ?', pageId);
      if (!page) return 0;
      const count = Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM revision WHERE rev_page = ?', pageId)?.n ?? 0);
      // One statement moves every revision, ar_id numbered in rev_id order.
      this.db.run(
        `INSERT INTO archive (ar_id, ar_namespace, ar_title, ar_page_id, ar_rev_id, ar_parent_id, ar_timestamp, ar_user_text,
           ar_user, ar_comment, ar_minor_edit, ar_deleted, ar_sha1, ar_len, ar_content_model, ar_content_format)
         SELECT CAST(? AS BIGINT) - 1 + row_number() OVER (ORDER BY rev_id), CAST(? AS BIGINT), CAST(? AS TEXT), rev_page, rev_id,
           rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment, rev_minor_edit, rev_deleted, rev_sha1, rev_len,
           rev_content_model, rev_content_format
         FROM revision WHERE rev_page = ?`,
        freeId(this.db, 'archive', 'ar_id'), page.page_namespace, page.page_title, pageId,
      );
      this.db.run('DELETE FROM revision WHERE rev_page = ?', pageId);
      this.db.run('DELETE FROM page_restrictions WHERE pr_page = ?', pageId);
      this.db.run('DELETE FROM recentchanges WHERE rc_cur_id = ? AND rc_type != 3', pageId);
      this.deleteLinks(pageId);
      this.db.run('DELETE FROM page WHERE page_id = ?', pageId);
      return count;
    });
  }

  listArchivedRevisions(namespace: number, dbKey: string): ArchivedRevision[] {
    return this.db.all<ArchiveRow>(
      'SELECT * FROM archive WHERE ar_namespace = ? AND ar_title = ? ORDER BY ar_timestamp DESC, ar_rev_id DESC',
      namespace, dbKey,
    ).map((r) => ({ ...toRevision(asRevisionRow(r)), namespace: r.ar_namespace, dbKey: r.ar_title }));
  }

  getArchivedRevision(namespace: number, dbKey: string, revId: number): RevisionWithText | null {
    const row = this.db.get<ArchiveRow>(
      `SELECT archive.*, content_text FROM archive JOIN content ON content_sha1 = ar_sha1
       WHERE ar_namespace = ? AND ar_title = ? AND ar_rev_id = ?`,
      namespace, dbKey, revId,
    );
    return row ? { ...toRevision(asRevisionRow(row)), text: row.content_text ?? '' } : null;
  }

  restoreArchived(
    namespace: number, dbKey: string, opts: { revIds?: number[]; isRedirect: (text: string) => boolean },
  ): { page: PageRecord; restored: number } | null {
    return this.db.transaction(() => {
      let rows = this.db.all<ArchiveRow>(
        'SELECT * FROM archive WHERE ar_namespace = ? AND ar_title = ? ORDER BY ar_timestamp, ar_rev_id', namespace, dbKey,
      );
      if (opts.revIds) {
        const wanted = new Set(opts.revIds);
        rows = rows.filter((r) => wanted.has(r.ar_rev_id));
      }
      if (rows.length === 0) return null;
      let page = this.db.get<PageRow>('SELECT * FROM page WHERE page_namespace = ? AND page_title = ?', namespace, dbKey);
      const newest = rows[rows.length - 1];
      if (!page) {
        const pageId = isFreeId(this.db, 'page', 'page_id', newest.ar_page_id) ? newest.ar_page_id : freeId(this.db, 'page', 'page_id');
        this.db.run(
          `INSERT INTO page (page_id, page_namespace, page_title, page_is_redirect, page_content_model, page_latest, page_touched, page_len)
           VALUES (?, ?, ?, 0, ?, 0, ?, 0)`,
          pageId, namespace, dbKey, newest.ar_content_model, now(),
        );
        page = this.db.get<PageRow>('SELECT * FROM page WHERE page_id = ?', pageId)!;
      }
      for (const r of rows) {
        const revId = isFreeId(this.db, 'revision', 'rev_id', r.ar_rev_id) ? r.ar_rev_id : freeId(this.db, 'revision', 'rev_id');
        this.db.run(
          `INSERT INTO revision (rev_id, rev_page, rev_parent_id, rev_timestamp, rev_user_text, rev_user, rev_comment,
             rev_minor_edit, rev_deleted, rev_sha1, rev_len, rev_content_model, rev_content_format)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          revId, page.page_id, r.ar_parent_id, r.ar_timestamp, r.ar_user_text, r.ar_user, r.ar_comment, r.ar_minor_edit,
          r.ar_deleted, r.ar_sha1, r.ar_len, r.ar_content_model, r.ar_content_format,
        );
        this.db.run('DELETE FROM archive WHERE ar_id = ?', r.ar_id);
      }
      const latest = this.db.get<RevisionRow>(
        `SELECT revision.*, content_text FROM revision JOIN content ON content_sha1 = rev_sha1
         WHERE rev_page = ? ORDER BY rev_timestamp DESC, rev_id DESC LIMIT 1`,
        page.page_id,
      )!;
      this.db.run(
        'UPDATE page SET page_latest = ?, page_len = ?, page_content_model = ?, page_is_redirect = ?, page_touched = ? WHERE page_id = ?',
        latest.rev_id, latest.rev_len, latest.rev_content_model, opts.isRedirect(latest.content_text ?? '') ? 1 : 0, now(), page.page_id,
      );
      return { page: toPage(this.db.get<PageRow>('SELECT * FROM page WHERE page_id = ?', page.page_id)!), restored: rows.length };
    });
  }
}
