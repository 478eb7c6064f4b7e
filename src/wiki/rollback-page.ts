/**
 * Rollback, as MediaWiki's RollbackPage: the latest consecutive edits of one user are
 * reverted to the last revision by someone else, as one minor edit with the revertpage
 * summary. Refused when someone else edited since (alreadyrolled) or when the user is the
 * page's only author (onlyauthor).
 */
import type { Title } from '../core/title.ts';
import { OperationError } from './operation-error.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { savePage, type SaveResult } from './save-page.ts';
import { requireRight, type Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface RollbackInput extends Actor {
  title: Title | string;
  /** The user whose edits are rolled back; must be the latest editor. */
  fromUser: string;
  summary?: string;
}

export function rollbackPage(wiki: Wiki, input: RollbackInput): SaveResult & { revertedTo: number } {
  const title = resolvePageTitle(wiki, input.title);
  requireRight(input, 'rollback');
  return wiki.repo.transaction(() => {
    const page = wiki.repo.getPage(title.ns, title.dbKey);
    if (!page) throw new OperationError('missingtitle', `The page "${title.prefixedText}" does not exist.`);
    const latest = wiki.repo.getLatestRevision(page.pageId)!;
    if (latest.userName !== input.fromUser) {
      throw new OperationError('alreadyrolled', `Cannot rollback the last edit of [[${title.prefixedText}]] by ${input.fromUser}; someone else has edited or rolled back the page already. The last edit to the page was by ${latest.userName}.`);
    }
    let target = null;
    for (let offset = 0; !target; offset += 50) {
      const batch = wiki.repo.listRevisions(page.pageId, { limit: 50, offset });
      if (batch.length === 0) break;
      target = batch.find((r) => r.userName !== input.fromUser) ?? null;
    }
    if (!target) throw new OperationError('onlyauthor', `${input.fromUser} is the only author of this page.`);
    const text = wiki.repo.getRevision(target.revId)!.text;
    const summary = input.summary ||
      `Reverted edits by [[Special:Contributions/${input.fromUser}|${input.fromUser}]] ([[User talk:${input.fromUser}|talk]]) to last revision by [[User:${target.userName}|${target.userName}]]`;
    const saved = savePage(wiki, { title, text, summary, minor: true, user: input.user, userId: input.userId, address: input.address, rights: input.rights, baseRevId: latest.revId });
    return { ...saved, revertedTo: target.revId };
  });
}
