/**
 * The watch star among the page tabs (MediaWiki's ca-watch / ca-unwatch): a small form
 * posting action=watch or action=unwatch with the edit token, for logged-in users.
 */
import type { Title } from '../core/title.ts';
import { html, type SafeHtml } from '../server/html.ts';
import type { RequestContext } from '../server/request-context.ts';
import { isWatching } from './watch-page.ts';

export function watchStar(rc: RequestContext, title: Title): SafeHtml | undefined {
  const user = rc.user();
  if (user.id === 0 || title.ns < 0) return undefined;
  const watched = isWatching(rc.wiki, user.id, title);
  const action = watched ? 'unwatch' : 'watch';
  return html`<li id="ca-${action}" class="mw-watchlink"><form method="post" action="${rc.urls.action(title, { action })}">
<input type="hidden" name="wpEditToken" value="${rc.editToken()}">
<button type="submit" title="${watched ? 'Remove this page from your watchlist' : 'Add this page to your watchlist'}">${watched ? '★ Unwatch' : '☆ Watch'}</button>
</form></li>`;
}
