/**
 * action=history: the page's revisions, newest first, 50 at a time (limit=, offset=).
 */
import type { Title } from '../../core/title.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { historyBody } from '../views/history.ts';
import { missingPage } from './view.ts';

export function historyPage(rc: RequestContext, title: Title): Response {
  const limit = clamp(Number(rc.query('limit') ?? 50), 1, 500);
  const offset = clamp(Number(rc.query('offset') ?? 0), 0, Number.MAX_SAFE_INTEGER);
  // One revision more than shown, to know each shown revision's parent size.
  const history = rc.wiki.history(title, { limit: limit + 1, offset });
  if (!history) return missingPage(rc, title);
  const shown = history.revisions.slice(0, limit);
  const parentSizes = new Map<number, number>();
  shown.forEach((rev, i) => parentSizes.set(rev.revId, history.revisions[i + 1]?.size ?? 0));
  const hasMore = history.hasMore || history.revisions.length > limit;
  return rc.page({
    htmlTitle: `${title.prefixedText}: Revision history`,
    heading: html`${title.prefixedText}: Revision history`,
    body: historyBody({
      urls: rc.urls,
      title,
      revisions: shown,
      parentSizes,
      comments: rc.wiki,
      latestRevId: history.page.latestRevisionId,
      olderHref: hasMore ? rc.urls.action(title, { action: 'history', offset: offset + limit, limit }) : undefined,
      newerHref: offset > 0 ? rc.urls.action(title, { action: 'history', offset: Math.max(0, offset - limit), limit }) : undefined,
    }),
    title,
    exists: true,
    activeTab: 'history',
    noindex: true,
  });
}

function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : min;
}
