/**
 * Reading a page: resolve the title, load the current (or a given) revision, and tell
 * whether it is a redirect and where to. With `followRedirect`, one redirect hop is
 * followed, as MediaWiki does when a reader opens a redirect.
 */
import type { Title } from '../core/title.ts';
import type { PageRecord, RevisionWithText } from '../storage/repository.ts';
import { parseRedirect } from './redirect.ts';
import type { Wiki } from './wiki.ts';

export interface PageView {
  title: Title;
  page: PageRecord;
  revision: RevisionWithText;
  /** Whether `revision` is the page's current revision. */
  isCurrent: boolean;
  /** Where the page redirects to, when it is a redirect. */
  redirectTarget: Title | null;
  /** The redirect that led here, when one was followed. */
  redirectedFrom?: Title;
}

export interface GetPageOptions {
  followRedirect?: boolean;
  /** A given revision (oldid) instead of the current one; it must belong to the page. */
  revId?: number;
}

/** The page, or null when the title is invalid, the page missing, or the revision foreign. */
export function getPage(wiki: Wiki, title: Title | string, opts: GetPageOptions = {}): PageView | null {
  const t = typeof title === 'string' ? wiki.titles.parse(title) : title;
  if (!t || t.isExternal || t.ns < 0) return null;
  const page = wiki.repo.getPage(t.ns, t.dbKey);
  if (!page) return null;
  const revision = opts.revId !== undefined ? wiki.repo.getRevision(opts.revId) : wiki.repo.getLatestRevision(page.pageId);
  if (!revision || revision.pageId !== page.pageId) return null;
  const redirectTarget = page.isRedirect || opts.revId !== undefined ? parseRedirect(revision.text, wiki.titles) : null;
  const view: PageView = { title: t, page, revision, isCurrent: revision.revId === page.latestRevisionId, redirectTarget };
  // One hop only: a double redirect shows the second redirect page, a self-redirect itself.
  const self = redirectTarget !== null && redirectTarget.ns === t.ns && redirectTarget.dbKey === t.dbKey;
  if (opts.followRedirect && redirectTarget && !self && !redirectTarget.isExternal && redirectTarget.ns >= 0) {
    const target = getPage(wiki, redirectTarget);
    if (target) return { ...target, title: redirectTarget, redirectedFrom: t };
  }
  return view;
}

/** A revision by id with its page and title (for ?oldid= without a title). */
export function getRevisionView(wiki: Wiki, revId: number): PageView | null {
  const revision = wiki.repo.getRevision(revId);
  if (!revision) return null;
  const page = wiki.repo.getPageById(revision.pageId);
  if (!page) return null;
  const title = wiki.titles.makeTitle(page.namespace, page.dbKey);
  if (!title) return null;
  return {
    title, page, revision,
    isCurrent: revision.revId === page.latestRevisionId,
    redirectTarget: parseRedirect(revision.text, wiki.titles),
  };
}
