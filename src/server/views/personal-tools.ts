/**
 * The personal tools in the page header (MediaWiki's p-personal): the account's user page
 * and "Log out", or "Not logged in", "Create account" and "Log in" coming back to this page.
 */
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';

export function personalTools(rc: RequestContext): SafeHtml {
  const user = rc.user();
  if (user.id) {
    return html`<ul><li id="pt-userpage"><a href="${rc.urls.article(`User:${user.name}`)}">${user.name}</a></li><li id="pt-logout"><a href="${rc.urls.action('Special:UserLogout', { returnto: currentTitle(rc) })}">Log out</a></li></ul>`;
  }
  const returnto = currentTitle(rc);
  return html`<ul><li id="pt-anonuserpage">Not logged in</li><li id="pt-createaccount"><a href="${rc.urls.action('Special:CreateAccount', { returnto })}">Create account</a></li><li id="pt-login"><a href="${rc.urls.action('Special:UserLogin', { returnto })}">Log in</a></li></ul>`;
}

/** The page being shown, for returnto (none on the login pages themselves). */
function currentTitle(rc: RequestContext): string | undefined {
  const url = new URL(rc.c.req.url);
  const articlePrefix = rc.wiki.config.wgArticlePath.replace('$1', '');
  const fromPath = url.pathname.startsWith(articlePrefix) ? decodeURIComponent(url.pathname.slice(articlePrefix.length)) : undefined;
  const title = url.searchParams.get('title') ?? fromPath;
  if (!title || /^Special:User(Login|Logout)|^Special:CreateAccount/i.test(title)) return undefined;
  return title;
}
