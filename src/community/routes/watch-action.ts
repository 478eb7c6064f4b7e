/**
 * action=watch and action=unwatch: GET asks for confirmation (MediaWiki's form), POST with
 * the edit token adds or removes the page and its talk page, then returns to the page.
 * Anonymous visitors are asked to log in.
 */
import type { Title } from '../../core/title.ts';
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { readForm, sessionFailure, tokenField } from '../../server/routes/action-forms.ts';
import { unwatchPage, watchPage } from '../watch-page.ts';

export async function watchAction(rc: RequestContext, title: Title, action: 'watch' | 'unwatch'): Promise<Response> {
  const verb = action === 'watch' ? 'Watch' : 'Remove from watchlist';
  const heading = `${verb}: ${title.prefixedText}`;
  const user = rc.user();
  if (user.id === 0) {
    return rc.page({
      htmlTitle: heading, heading, title,
      body: html`<p>Please <a href="${rc.urls.action('Special:UserLogin', { returnto: title.prefixedText })}">log in</a> to modify your watchlist.</p>`,
    }, 401);
  }
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    if (action === 'watch') watchPage(rc.wiki, user.id, title);
    else unwatchPage(rc.wiki, user.id, title);
    return rc.redirect(rc.urls.article(title), 303);
  }
  return rc.page({
    htmlTitle: heading, heading, title,
    body: html`<form method="post" action="${rc.urls.action(title, { action })}" id="mw-${action}-form">
${tokenField(rc)}
<p>${action === 'watch' ? 'Add this page and its talk page to your watchlist?' : 'Remove this page and its talk page from your watchlist?'}</p>
<p><button type="submit" class="primary">OK</button></p>
</form>`,
  });
}
