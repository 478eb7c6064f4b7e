/**
 * The revisions before and after a given one on the same page, for diff=prev / diff=next
 * and the "Older / Newer revision" links.
 */
import type { RevisionRecord } from '../storage/repository.ts';
import type { Wiki } from './wiki.ts';

const BATCH = 500;

/** The revision of the same page just older than `revId`, or null for the first one. */
export function previousRevision(wiki: Wiki, pageId: number, revId: number): RevisionRecord | null {
  return neighbours(wiki, pageId, revId).older;
}

/** The revision of the same page just newer than `revId`, or null for the latest. */
export function nextRevision(wiki: Wiki, pageId: number, revId: number): RevisionRecord | null {
  return neighbours(wiki, pageId, revId).newer;
}

/** Walks the history (newest first) to the revision and returns its neighbours. */
export function neighbours(wiki: Wiki, pageId: number, revId: number): { older: RevisionRecord | null; newer: RevisionRecord | null } {
  let newer: RevisionRecord | null = null;
  for (let offset = 0; ; offset += BATCH) {
    const rows = wiki.repo.listRevisions(pageId, { limit: BATCH + 1, offset });
    for (let i = 0; i < Math.min(rows.length, BATCH); i++) {
      if (rows[i].revId === revId) return { older: rows[i + 1] ?? null, newer };
      newer = rows[i];
    }
    if (rows.length <= BATCH) return { older: null, newer: null };
  }
}
