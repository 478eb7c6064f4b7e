/**
 * Deleting a page, as MediaWiki's DeletePage: every revision goes into the archive (for
 * undeletion), the page, its link rows and its search index entry are removed, its edits leave recent changes, and
 * the deletion is logged (delete/delete). Pages linking to it show a red link again once
 * the job queue has run.
 */
import type { Title } from '../core/title.ts';
import { queueJobsForChange } from '../jobs/job-queue.ts';
import { removeFromSearchIndex } from '../search/update-search-index.ts';
import { checkBlocked } from '../community/block-check.ts';
import { OperationError } from './operation-error.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { isoTimestamp } from './timestamp.ts';
import { requireRight, type Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface DeleteInput extends Actor {
  title: Title | string;
  reason?: string;
}

export interface DeleteResult {
  title: Title;
  logId: number;
  /** Revisions moved to the archive. */
  archived: number;
}

export function deletePage(wiki: Wiki, input: DeleteInput): DeleteResult {
  const title = resolvePageTitle(wiki, input.title);
  requireRight(input, 'delete');
  checkBlocked(wiki, input, title);
  const result = wiki.repo.transaction(() => {
    const page = wiki.repo.getPage(title.ns, title.dbKey);
    if (!page) throw new OperationError('missingtitle', `The page "${title.prefixedText}" does not exist.`);
    const archived = wiki.repo.archivePage(page.pageId);
    removeFromSearchIndex(wiki, page.pageId);
    wiki.parserCache.invalidatePage(page.pageId);
    const logId = wiki.repo.addLogEntry({
      type: 'delete', action: 'delete', timestamp: isoTimestamp(), userName: input.user ?? '127.0.0.1', userId: input.userId ?? 0,
      namespace: title.ns, dbKey: title.dbKey, pageId: page.pageId, comment: input.reason ?? '', params: { archived },
    });
    queueJobsForChange(wiki, title, 'delete');
    return { title, logId, archived };
  });
  wiki.onJobsQueued?.();
  return result;
}
