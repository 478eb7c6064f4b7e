/**
 * Recent changes, newest first, with their titles resolved.
 */
import type { Title } from '../core/title.ts';
import type { RecentChange } from '../storage/repository.ts';
import type { Wiki } from './wiki.ts';

export interface RecentChangeView extends RecentChange {
  title: Title | null;
}

export function recentChanges(wiki: Wiki, opts: { limit?: number; namespace?: number } = {}): RecentChangeView[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 5000));
  return wiki.repo.recentChanges({ limit, namespace: opts.namespace }).map((rc) => ({
    ...rc,
    title: wiki.titles.makeTitle(rc.namespace, rc.dbKey),
  }));
}
