/**
 * Special:Watchlist (recent changes to the watched pages, with days= and namespace=) and
 * Special:EditWatchlist (the watched titles as checkboxes; ticked ones are removed), both
 * for logged-in users only, as MediaWiki.
 */
import type { RecentChange } from '../../storage/repository.ts';
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { readForm, sessionFailure, tokenField } from '../../server/routes/action-forms.ts';
import { recentChangesBody } from '../../server/views/changes-list.ts';
import { isoTimestamp } from '../../wiki/timestamp.ts';

function loginRequired(rc: RequestContext, heading: string, page: string): Response {
  return rc.page({
    htmlTitle: heading, heading,
    body: html`<div class="mw-warning" id="mw-watchlist-login"><p>Please <a href="${rc.urls.action('Special:UserLogin', { returnto: page })}">log in</a> to view or edit items on your watchlist.</p></div>`,
  }, 401);
}

export function watchlistPage(rc: RequestContext): Response {
  const heading = 'Watchlist';
  const user = rc.user();
  if (user.id === 0) return loginRequired(rc, heading, 'Special:Watchlist');
  const days = Math.min(Math.max(Number(rc.query('days') ?? 7) || 7, 0), 30);
  const nsText = rc.query('namespace') ?? '';
  const since = isoTimestamp(new Date(Date.now() - days * 86_400_000));
  const changes: RecentChange[] = rc.wiki.repo.community.watchedChanges(user.id, {
    limit: Math.min(Number(rc.query('limit') ?? 250) || 250, 1000), since, namespaces: /^\d+$/.test(nsText) ? [Number(nsText)] : undefined,
  });
  const count = rc.wiki.repo.community.watchedTitles(user.id).length;
  return rc.page({
    htmlTitle: heading, heading,
    body: html`<p id="mw-watchlist-summary">You have ${count} pages on your watchlist (talk pages counted separately).
<a href="${rc.urls.article('Special:EditWatchlist')}">View and edit watchlist</a></p>
<p>Below are the changes in the last ${days} days.</p>
${changes.length ? recentChangesBody(rc.urls, rc.wiki.titles, changes) : html`<p>No changes on your watchlist in the given period.</p>`}`,
  });
}

export async function editWatchlistPage(rc: RequestContext): Promise<Response> {
  const heading = 'Edit watchlist';
  const user = rc.user();
  if (user.id === 0) return loginRequired(rc, heading, 'Special:EditWatchlist');
  let notice = html``;
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    const removed = form.all('wpTitles[]').map((t) => rc.wiki.titles.parse(t)).filter((t) => t !== null);
    rc.wiki.repo.community.unwatch(user.id, removed.map((t) => ({ namespace: t.ns, dbKey: t.dbKey })));
    notice = html`<div class="mw-message-box-success"><p>${removed.length} titles were removed from your watchlist.</p></div>`;
  }
  const titles = rc.wiki.repo.community.watchedTitles(user.id)
    .map((w) => rc.wiki.titles.makeTitle(w.namespace, w.dbKey)).filter((t) => t !== null);
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${notice}<form method="post" action="${rc.urls.action('Special:EditWatchlist')}" id="mw-watchlist-form">
${tokenField(rc)}
<p>Your watchlist contains ${titles.length} pages (talk pages counted separately). To remove a title, check the box next to it, and click "Remove titles".</p>
<ul>${titles.map((t) => html`<li><label><input type="checkbox" name="wpTitles[]" value="${t.prefixedText}"> <a href="${rc.urls.article(t)}">${t.prefixedText}</a></label></li>`)}</ul>
<p><button type="submit" class="primary">Remove titles</button></p>
</form>`,
  });
}
