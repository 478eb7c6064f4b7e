/**
 * Undeleting a page, as MediaWiki's UndeletePage: archived revisions (all, or those chosen)
 * come back with their ids, the page is recreated (or gains them when it was created again
 * since), its links are rebuilt, and the restoration is logged (delete/restore).
 */
import type { Title } from '../core/title.ts';
import { queueJobsForChange } from '../jobs/job-queue.ts';
import type { PageRecord } from '../storage/repository.ts';
import { OperationError } from './operation-error.ts';
import { parseRedirect } from './redirect.ts';
import { refreshLinks } from './refresh-links.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { isoTimestamp } from './timestamp.ts';
import { requireRight, type Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface UndeleteInput extends Actor {
  title: Title | string;
  reason?: string;
  /** Restore only these revisions (default: all). */
  revIds?: number[];
}

export interface UndeleteResult {
  title: Title;
  page: PageRecord;
  restored: number;
  logId: number;
}

export function undeletePage(wiki: Wiki, input: UndeleteInput): UndeleteResult {
  const title = resolvePageTitle(wiki, input.title);
  requireRight(input, 'undelete');
  const result = wiki.repo.transaction(() => {
    const existed = wiki.repo.getPage(title.ns, title.dbKey) !== null;
    const done = wiki.repo.restoreArchived(title.ns, title.dbKey, {
      revIds: input.revIds,
      isRedirect: (text) => parseRedirect(text, wiki.titles) !== null,
    });
    if (!done) throw new OperationError('cannotundelete', `There are no deleted revisions of "${title.prefixedText}" to restore.`);
    wiki.parserCache.invalidatePage(done.page.pageId);
    refreshLinks(wiki, done.page);
    const logId = wiki.repo.addLogEntry({
      type: 'delete', action: 'restore', timestamp: isoTimestamp(), userName: input.user ?? '127.0.0.1', userId: input.userId ?? 0,
      namespace: title.ns, dbKey: title.dbKey, pageId: done.page.pageId, comment: input.reason ?? '',
      params: { count: { revisions: done.restored, files: 0 } },
    });
    queueJobsForChange(wiki, title, existed ? 'edit' : 'create');
    return { title, page: wiki.repo.getPageById(done.page.pageId)!, restored: done.restored, logId };
  });
  wiki.onJobsQueued?.();
  return result;
}
