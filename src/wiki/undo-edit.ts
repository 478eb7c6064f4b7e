/**
 * Undo (action=edit&undo=N&undoafter=M): the changes of revisions after M up to N are taken
 * out of the current text by a three-way merge (the current text against N, with M's text as
 * the result wanted for N's lines), as MediaWiki's ContentHandler::getUndoContent. The
 * edit form is filled with the result; saving it is an ordinary edit.
 */
import type { Title } from '../core/title.ts';
import { mergeEdit } from './merge-edit.ts';
import { OperationError } from './operation-error.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { savePage, type SaveResult } from './save-page.ts';
import type { Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface UndoPlan {
  title: Title;
  text: string;
  /** The current revision the undo is based on. */
  baseRevId: number;
  summary: string;
}

/** The text with revision `undo` (and those after `undoAfter` before it) undone. */
export function planUndo(wiki: Wiki, titleInput: Title | string, undo: number, undoAfter?: number): UndoPlan {
  const title = resolvePageTitle(wiki, titleInput);
  const page = wiki.repo.getPage(title.ns, title.dbKey);
  const undoRev = wiki.repo.getRevision(undo);
  if (!page || !undoRev || undoRev.pageId !== page.pageId) throw new OperationError('nosuchrevid', `There is no revision ${undo} of "${title.prefixedText}".`);
  const afterId = undoAfter ?? undoRev.parentId;
  const afterRev = afterId ? wiki.repo.getRevision(afterId) : null;
  if (afterId && (!afterRev || afterRev.pageId !== page.pageId)) throw new OperationError('nosuchrevid', `There is no revision ${afterId} of "${title.prefixedText}".`);
  if (afterRev && afterRev.timestamp > undoRev.timestamp) throw new OperationError('undo-failure', 'The revisions to undo are in the wrong order.');
  const current = wiki.repo.getLatestRevision(page.pageId)!;
  const text = current.revId === undoRev.revId ? (afterRev?.text ?? '') : mergeEdit(undoRev.text, current.text, afterRev?.text ?? '');
  if (text === null) throw new OperationError('undo-failure', 'The edit could not be undone due to conflicting intermediate edits.');
  const summary = `Undo revision [[Special:Diff/${undo}|${undo}]] by [[Special:Contributions/${undoRev.userName}|${undoRev.userName}]] ([[User talk:${undoRev.userName}|talk]])`;
  return { title, text, baseRevId: current.revId, summary };
}

export function undoEdit(wiki: Wiki, input: Actor & { title: Title | string; undo: number; undoAfter?: number; summary?: string }): SaveResult {
  const plan = planUndo(wiki, input.title, input.undo, input.undoAfter);
  const summary = input.summary ? `${plan.summary} ${input.summary}` : plan.summary;
  return savePage(wiki, { title: plan.title, text: plan.text, summary, user: input.user, userId: input.userId, address: input.address, rights: input.rights, baseRevId: plan.baseRevId });
}
