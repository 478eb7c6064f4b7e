/**
 * The revisions before and after a given one on the same page, for diff=prev / diff=next
 * and the "Older / Newer revision" links.
 */
import type { RevisionRecord } from '../storage/repository.ts';
import type { Wiki } from './wiki.ts';

const BATCH = 500;

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
