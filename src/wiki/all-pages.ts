/**
 * Special:AllPages: pages of one namespace in title order, a batch at a time.
 */
import { NS_MAIN } from '../core/namespace.ts';
import type { PageRecord } from '../storage/repository.ts';
import type { Wiki } from './wiki.ts';

export interface AllPagesBatch {
  pages: PageRecord[];
  /** DB key the next batch starts from, when there is one. */
  next: string | null;
}

export function allPages(wiki: Wiki, opts: { namespace?: number; from?: string; limit?: number } = {}): AllPagesBatch {
  const limit = Math.max(1, Math.min(opts.limit ?? 345, 5000));
  const rows = wiki.repo.listPages({ namespace: opts.namespace ?? NS_MAIN, from: opts.from || undefined, limit: limit + 1 });
  return { pages: rows.slice(0, limit), next: rows.length > limit ? rows[limit].dbKey : null };
}
