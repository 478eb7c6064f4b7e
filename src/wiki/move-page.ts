/**
 * Moving (renaming) a page, as MediaWiki's MovePage: the page keeps its id and history under
 * the new title and gets a null revision recording the move; the old title becomes a
 * redirect unless told otherwise; the talk page moves along. Logged as move/move and shown
 * in recent changes; pages linking to either title are re-rendered by the job queue.
 */
import type { Title } from '../core/title.ts';
import { queueJobsForChange } from '../jobs/job-queue.ts';
import { checkBlocked } from '../community/block-check.ts';
import { OperationError } from './operation-error.ts';
import { checkRestriction } from './protection.ts';
import { refreshLinks } from './refresh-links.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { savePage } from './save-page.ts';
import { isoTimestamp } from './timestamp.ts';
import { requireRight, type Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface MoveInput extends Actor {
  from: Title | string;
  to: Title | string;
  reason?: string;
  /** Leave a redirect behind (default true; needs "suppressredirect" to turn off). */
  leaveRedirect?: boolean;
  /** Move the talk page too (default true). */
  moveTalk?: boolean;
}

export interface MoveResult {
  from: Title;
  to: Title;
  logId: number;
  redirectCreated: boolean;
  talk: MoveResult | null;
}

export function movePage(wiki: Wiki, input: MoveInput): MoveResult {
  const result = wiki.repo.transaction(() => moveOne(wiki, input));
  wiki.onJobsQueued?.();
  return result;
}

function moveOne(wiki: Wiki, input: MoveInput): MoveResult {
  const from = resolvePageTitle(wiki, input.from);
  const to = resolvePageTitle(wiki, input.to);
  requireRight(input, 'move');
  checkBlocked(wiki, input, from);
  if (from.equals(to)) throw new OperationError('selfmove', 'The source and destination titles are the same.');
  const page = wiki.repo.getPage(from.ns, from.dbKey);
  if (!page) throw new OperationError('missingtitle', `The page "${from.prefixedText}" does not exist.`);
  if (wiki.repo.getPage(to.ns, to.dbKey)) {
    throw new OperationError('articleexists', `A page named "${to.prefixedText}" already exists, or the name you have chosen is not valid.`);
  }
  checkRestriction(wiki, page.pageId, 'move', input);
  checkRestriction(wiki, page.pageId, 'edit', input);
  const leaveRedirect = input.leaveRedirect ?? true;
  if (!leaveRedirect) requireRight(input, 'suppressredirect');
  const user = input.user ?? '127.0.0.1';
  const reason = input.reason ?? '';
  const timestamp = isoTimestamp();
  const comment = `moved [[${from.prefixedText}]] to [[${to.prefixedText}]]${reason ? `: ${reason}` : ''}`;

  const moved = wiki.repo.movePage(page.pageId, to.ns, to.dbKey);
  wiki.parserCache.invalidatePage(page.pageId);
  const current = wiki.repo.getLatestRevision(moved.pageId)!;
  // The null revision: same text, recording the move in the page history.
  wiki.repo.saveRevision({
    namespace: to.ns, dbKey: to.dbKey, text: current.text, timestamp, userName: user, userId: input.userId || null, comment, minor: true,
    model: current.model, format: current.format, isRedirect: moved.isRedirect, recordChange: false,
  });
  refreshLinks(wiki, wiki.repo.getPageById(moved.pageId)!);

  let redirectCreated = false;
  if (leaveRedirect && current.model === 'wikitext') {
    savePage(wiki, { title: from, text: `#REDIRECT [[${to.prefixedText}]]`, summary: comment, user, userId: input.userId, timestamp, recordChange: false });
    redirectCreated = true;
  }
  const logId = wiki.repo.addLogEntry({
    type: 'move', action: 'move', timestamp, userName: user, userId: input.userId ?? 0, namespace: from.ns, dbKey: from.dbKey,
    pageId: page.pageId, comment: reason, params: { target: to.prefixedText, noredir: !redirectCreated },
  });
  queueJobsForChange(wiki, from, 'move');
  queueJobsForChange(wiki, to, 'create');

  let talk: MoveResult | null = null;
  const talkNs = wiki.titles.namespaces.talk(from.ns);
  if ((input.moveTalk ?? true) && !from.isTalk && talkNs !== from.ns) {
    const fromTalk = wiki.titles.makeTitle(talkNs, from.dbKey);
    const toTalk = wiki.titles.makeTitle(wiki.titles.namespaces.talk(to.ns), to.dbKey);
    if (fromTalk && toTalk && wiki.repo.getPage(fromTalk.ns, fromTalk.dbKey) && !wiki.repo.getPage(toTalk.ns, toTalk.dbKey)) {
      talk = moveOne(wiki, { ...input, from: fromTalk, to: toTalk, moveTalk: false });
    }
  }
  return { from, to, logId, redirectCreated, talk };
}
