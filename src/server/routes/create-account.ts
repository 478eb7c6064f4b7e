/**
 * Special:CreateAccount: a name, a password typed twice and a token; needs the
 * `createaccount` right (everyone has it by default). The new account is logged in at once,
 * as in MediaWiki.
 */
import { AccountError, messages } from '../../users/account-error.ts';
import { createAccount, MIN_PASSWORD_LENGTH } from '../../users/create-account.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm } from './action-forms.ts';
import { errorBox, returnTo } from './user-login.ts';

function form(rc: RequestContext, opts: { error?: string; name?: string; returnto?: string }, status = 200): Response {
  return rc.page({
    htmlTitle: 'Create account', heading: 'Create account', noindex: true,
    body: html`${opts.error ? errorBox(opts.error) : ''}
<form method="post" action="${rc.urls.action('Special:CreateAccount', { returnto: opts.returnto })}" id="userlogin2" name="userlogin2">
<input type="hidden" name="wpCreateaccountToken" value="${rc.editToken()}">
<input type="hidden" name="returnto" value="${opts.returnto ?? ''}">
<p><label for="wpName2">Username</label><br><input type="text" name="wpName" id="wpName2" value="${opts.name ?? ''}" autocomplete="username" required autofocus></p>
<p><label for="wpPassword2">Password</label> (at least ${MIN_PASSWORD_LENGTH} characters)<br><input type="password" name="wpPassword" id="wpPassword2" autocomplete="new-password" required></p>
<p><label for="wpRetype">Confirm password</label><br><input type="password" name="retype" id="wpRetype" autocomplete="new-password" required></p>
<p><button type="submit" id="wpCreateaccount" class="primary">Create your account</button></p>
</form>`,
  }, status);
}

export async function createAccountPage(rc: RequestContext): Promise<Response> {
  if (!rc.userRights().includes('createaccount')) {
    return rc.page({ htmlTitle: 'Permission error', heading: 'Permission error', body: html`<div class="mw-warning permissions-errors"><p>You do not have permission to create this account.</p></div>` }, 403);
  }
  if (rc.c.req.method !== 'POST') return form(rc, { returnto: rc.query('returnto') });
  const posted = await readForm(rc);
  const name = posted.field('wpName');
  const returnto = posted.field('returnto') || rc.query('returnto');
  if (!rc.checkEditToken(posted.field('wpCreateaccountToken'))) {
    return form(rc, { name, returnto, error: 'There seems to be a problem with your session; please resubmit the form.' }, 403);
  }
  if (posted.field('wpPassword') !== posted.field('retype')) return form(rc, { name, returnto, error: messages.badretype });
  try {
    const user = createAccount(rc.wiki, { name, password: posted.field('wpPassword') });
    rc.logIn(user.id);
  } catch (e) {
    if (e instanceof AccountError) return form(rc, { name, returnto, error: e.message });
    throw e;
  }
  return rc.redirect(returnTo(rc, returnto), 303);
}
