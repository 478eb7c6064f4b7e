/**
 * Special:UserLogin and Special:UserLogout. Logging in posts the name, the password and a
 * login token tied to the browser's session; success starts a new database session and
 * goes back to `returnto`. Logging out is a POST with an edit token (a link alone cannot
 * log anyone out).
 */
import { AccountError } from '../../users/account-error.ts';
import { authenticate } from '../../users/authenticate.ts';
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, sessionFailure, tokenField } from './action-forms.ts';

/** Where to go after logging in or out: a wiki page, never another site. */
export function returnTo(rc: RequestContext, value: string | undefined): string {
  const title = value ? rc.wiki.titles.parse(value) : null;
  return rc.urls.article(title && !title.isExternal ? title : 'Main_Page');
}

export function loginForm(rc: RequestContext, opts: { error?: string; name?: string; returnto?: string } = {}, status = 200): Response {
  const user = rc.user();
  const createLink = rc.urls.action('Special:CreateAccount', { returnto: opts.returnto });
  return rc.page({
    htmlTitle: 'Log in', heading: 'Log in', noindex: true,
    body: html`${user.id ? html`<p class="mw-userlogin-already">You are already logged in as ${user.name}. Log in below to change to another account.</p>` : ''}
${opts.error ? errorBox(opts.error) : ''}
<form method="post" action="${rc.urls.action('Special:UserLogin', { returnto: opts.returnto })}" id="userloginForm" name="userlogin">
<input type="hidden" name="wpLoginToken" value="${rc.editToken()}">
<input type="hidden" name="returnto" value="${opts.returnto ?? ''}">
<p><label for="wpName1">Username</label><br><input type="text" name="wpName" id="wpName1" value="${opts.name ?? ''}" autocomplete="username" required autofocus></p>
<p><label for="wpPassword1">Password</label><br><input type="password" name="wpPassword" id="wpPassword1" autocomplete="current-password" required></p>
<p><label><input type="checkbox" name="wpRemember" value="1"> Keep me logged in (for up to 30 days)</label></p>
<p><button type="submit" id="wpLoginAttempt" class="primary">Log in</button></p>
</form>
<p id="mw-createaccount-join">Don't have an account? <a href="${createLink}">Join ${rc.wiki.config.wgSitename}</a></p>`,
  }, status);
}

export function errorBox(message: string): SafeHtml {
  return html`<div class="mw-message-box-error error" role="alert"><p>${message}</p></div>`;
}

export async function userLogin(rc: RequestContext): Promise<Response> {
  if (rc.c.req.method !== 'POST') return loginForm(rc, { returnto: rc.query('returnto') });
  const form = await readForm(rc);
  const returnto = form.field('returnto') || rc.query('returnto');
  const name = form.field('wpName');
  if (!rc.checkEditToken(form.field('wpLoginToken'))) {
    return loginForm(rc, { name, returnto, error: 'There seems to be a problem with your login session; this action has been canceled as a precaution against session hijacking. Please resubmit the form.' }, 403);
  }
  try {
    const { user } = authenticate(rc.wiki, { name, password: form.field('wpPassword'), address: rc.clientAddress() });
    rc.logIn(user.id, { remember: form.field('wpRemember') === '1' });
  } catch (e) {
    if (e instanceof AccountError) return loginForm(rc, { name, returnto, error: e.message });
    throw e;
  }
  return rc.redirect(returnTo(rc, returnto), 303);
}

export async function userLogout(rc: RequestContext): Promise<Response> {
  if (rc.c.req.method !== 'POST') {
    const user = rc.user();
    return rc.page({
      htmlTitle: 'Log out', heading: 'Log out', noindex: true,
      body: user.id
        ? html`<form method="post" action="${rc.urls.action('Special:UserLogout', { returnto: rc.query('returnto') })}" id="mw-userlogout">
${tokenField(rc)}
<p>Do you want to log out of ${user.name}?</p>
<p><button type="submit" class="primary">Log out</button></p>
</form>`
        : html`<p>You are not logged in.</p>`,
    });
  }
  const form = await readForm(rc);
  if (!form.validToken) return sessionFailure(rc, 'Log out');
  rc.logOut();
  return rc.page({
    htmlTitle: 'Logged out', heading: 'Log out', noindex: true,
    body: html`<p>You are now logged out.</p><p><a href="${returnTo(rc, rc.query('returnto'))}">Return to the wiki.</a></p>`,
  });
}
