/**
 * Diffs (diff= with oldid=): `diff` is a revision id or prev / next / cur, `oldid` the other
 * side; both belong to one page. The older revision goes on the left, as in MediaWiki.
 */
import type { Title } from '../../core/title.ts';
import type { RevisionWithText } from '../../storage/repository.ts';
import { neighbours } from '../../wiki/adjacent-revisions.ts';
import type { PageView } from '../../wiki/get-page.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { diffPageBody } from '../views/diff-page.ts';
import { badRevision, parseRevId } from './view.ts';

export function diffPage(rc: RequestContext, title: Title | null): Response {
  const diff = rc.query('diff') ?? '';
  const oldidParam = rc.query('oldid');
  const oldid = parseRevId(oldidParam);
  const wiki = rc.wiki;

  // The revision the request is anchored on: oldid, else a numeric diff, else the current one.
  const anchorId = oldid ?? parseRevId(diff);
  // As in MediaWiki, a revision id decides the page; the title only serves without one.
  const anchor: PageView | null = anchorId !== null ? wiki.getRevision(anchorId) : title ? wiki.getPage(title) : null;
  if (!anchor) return badRevision(rc, title ?? wiki.titles.parse('Main Page')!);
  const pageId = anchor.page.pageId;
  let oldRev: RevisionWithText | null;
  let newRev: RevisionWithText;
  const load = (revId: number | null | undefined) => (revId ? wiki.repo.getRevision(revId) : null);
  const near = neighbours(wiki, pageId, anchor.revision.revId);

  if (diff === 'prev' || (diff === '' && oldidParam === undefined)) {
    newRev = anchor.revision;
    oldRev = load(near.older?.revId);
  } else if (diff === 'next') {
    oldRev = anchor.revision;
    newRev = load(near.newer?.revId) ?? anchor.revision;
  } else if (diff === 'cur' || diff === '0' || diff === '') {
    oldRev = anchor.revision;
    newRev = load(anchor.page.latestRevisionId) ?? anchor.revision;
  } else {
    const otherId = parseRevId(diff);
    const other = otherId !== null ? wiki.repo.getRevision(otherId) : null;
    if (!other || other.pageId !== pageId) return badRevision(rc, anchor.title);
    if (oldid === null) {
      // diff=N alone: N against its previous revision.
      newRev = other;
      oldRev = load(neighbours(wiki, pageId, other.revId).older?.revId);
    } else {
      [oldRev, newRev] = other.revId < anchor.revision.revId ? [other, anchor.revision] : [anchor.revision, other];
    }
  }
  const pageTitle = anchor.title;
  const leftNear = oldRev ? neighbours(wiki, pageId, oldRev.revId) : { older: null, newer: null };
  const rightNear = neighbours(wiki, pageId, newRev.revId);
  return rc.page({
    htmlTitle: `${pageTitle.prefixedText}: Difference between revisions`,
    heading: html`${pageTitle.prefixedText}: Difference between revisions`,
    body: diffPageBody({
      urls: rc.urls,
      title: pageTitle,
      oldRev,
      newRev,
      latestRevId: wiki.repo.getPageById(pageId)?.latestRevisionId ?? newRev.revId,
      hasPrevious: leftNear.older !== null,
      hasNext: rightNear.newer !== null,
      comments: wiki,
    }),
    title: pageTitle,
    exists: true,
    activeTab: 'history',
    noindex: true,
  });
}
