/**
 * Watching pages, as MediaWiki's WatchedItemStore: a subject page and its talk page are
 * watched and unwatched together. Only accounts have watchlists.
 */
import type { Title } from '../core/title.ts';
import type { WatchedTitle } from '../storage/community-store.ts';
import type { Wiki } from '../wiki/wiki.ts';

/** The title and its talk (or subject) page; special and media pages cannot be watched. */
export function watchPair(wiki: Wiki, title: Title): WatchedTitle[] {
  if (title.ns < 0) return [];
  const ns = wiki.titles.namespaces;
  const subject = title.isTalk ? ns.subject(title.ns) : title.ns;
  const talk = ns.talk(subject);
  const pair = [{ namespace: subject, dbKey: title.dbKey }];
  if (talk !== subject) pair.push({ namespace: talk, dbKey: title.dbKey });
  return pair;
}

export function watchPage(wiki: Wiki, userId: number, title: Title): void {
  if (userId > 0) wiki.repo.community.watch(userId, watchPair(wiki, title));
}

export function unwatchPage(wiki: Wiki, userId: number, title: Title): void {
  if (userId > 0) wiki.repo.community.unwatch(userId, watchPair(wiki, title));
}

export function isWatching(wiki: Wiki, userId: number, title: Title): boolean {
  return userId > 0 && title.ns >= 0 && wiki.repo.community.isWatched(userId, { namespace: title.ns, dbKey: title.dbKey });
}
