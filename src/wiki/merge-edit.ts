/**
 * Resolving an edit conflict as MediaWiki's wfMerge does: a line-based three-way merge of
 * the editor's text and the page's current text against the revision the edit started
 * from. Only a merge without overlapping changes is accepted; otherwise the editor must
 * resolve the conflict.
 */
import { merge } from 'node-diff3';

/** The merged text, or null when both sides changed the same lines. */
export function mergeEdit(base: string, current: string, mine: string): string | null {
  const split = (s: string) => s.replace(/\r\n?/g, '\n').split('\n');
  const result = merge(split(mine), split(base), split(current), { excludeFalseConflicts: true });
  return result.conflict ? null : result.result.join('\n');
}
