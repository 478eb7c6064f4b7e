/**
 * Row shapes of the shared schema and their mapping to the repository's records.
 */
import type { PageRecord, RecentChange, RevisionRecord, RevisionWithText } from '../repository.ts';

export interface PageRow {
  page_id: number;
  page_namespace: number;
  page_title: string;
  page_is_redirect: number;
  page_content_model: string;
  page_latest: number;
  page_touched: string;
  page_len: number;
}

export interface RevisionRow {
  rev_id: number;
  rev_page: number;
  rev_parent_id: number | null;
  rev_timestamp: string;
  rev_user_text: string;
  rev_user: number | null;
  rev_comment: string;
  rev_minor_edit: number;
  rev_deleted: number;
  rev_sha1: string;
  rev_len: number;
  rev_content_model: string;
  rev_content_format: string;
  content_text?: string;
}

export interface RecentChangeRow {
  rc_this_oldid: number;
  rc_cur_id: number;
  rc_namespace: number;
  rc_title: string;
  rc_timestamp: string;
  rc_user_text: string;
  rc_user?: number;
  rc_comment: string;
  rc_minor: number;
  rc_new: number;
  rc_old_len: number;
  rc_new_len: number;
  rc_type: number;
  rc_logid: number;
  rc_log_type: string | null;
  rc_log_action: string | null;
  rc_params: string | null;
}

export function toPage(row: PageRow): PageRecord {
  return {
    pageId: row.page_id,
    namespace: row.page_namespace,
    dbKey: row.page_title,
    isRedirect: row.page_is_redirect !== 0,
    model: row.page_content_model,
    latestRevisionId: row.page_latest,
    touched: row.page_touched,
    length: row.page_len,
  };
}

export function toRevision(row: RevisionRow): RevisionRecord {
  return {
    revId: row.rev_id,
    pageId: row.rev_page,
    parentId: row.rev_parent_id,
    timestamp: row.rev_timestamp,
    userName: row.rev_user_text,
    userId: row.rev_user,
    comment: row.rev_comment,
    minor: row.rev_minor_edit !== 0,
    sha1: row.rev_sha1,
    size: row.rev_len,
    model: row.rev_content_model,
    format: row.rev_content_format,
    deleted: row.rev_deleted,
  };
}

export function toRevisionWithText(row: RevisionRow): RevisionWithText {
  return { ...toRevision(row), text: row.content_text ?? '' };
}

export function toRecentChange(row: RecentChangeRow): RecentChange {
  return {
    revId: row.rc_this_oldid,
    pageId: row.rc_cur_id,
    namespace: row.rc_namespace,
    dbKey: row.rc_title,
    timestamp: row.rc_timestamp,
    userName: row.rc_user_text,
    userId: Number(row.rc_user ?? 0),
    comment: row.rc_comment,
    minor: row.rc_minor !== 0,
    isNew: row.rc_new !== 0,
    oldSize: row.rc_old_len,
    newSize: row.rc_new_len,
    type: row.rc_type === 3 ? 'log' : row.rc_new !== 0 ? 'new' : 'edit',
    ...(row.rc_type === 3
      ? {
        logId: row.rc_logid,
        logType: row.rc_log_type ?? '',
        logAction: row.rc_log_action ?? '',
        logParams: row.rc_params ? (JSON.parse(row.rc_params) as Record<string, unknown>) : {},
      }
      : {}),
  };
}
