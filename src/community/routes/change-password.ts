/**
 * Special:ChangePassword: a logged-in user changes their password, giving the current one.
 * The account's other sessions end; this browser is logged in again. There is no e-mail
 * reset: a forgotten password is reset by an administrator (`kagami reset-password`).
 */
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { readForm, sessionFailure, tokenField } from '../../server/routes/action-forms.ts';
import { AccountError } from '../../users/account-error.ts';
import { changePassword } from '../../users/change-password.ts';

export async function changePasswordPage(rc: RequestContext): Promise<Response> {
  const heading = 'Change password';
  const user = rc.user();
  if (user.id === 0) {
    return rc.page({
      htmlTitle: heading, heading,
      body: html`<p>Please <a href="${rc.urls.action('Special:UserLogin', { returnto: 'Special:ChangePassword' })}">log in</a> to change your password.
This wiki sends no e-mail: if you forgot your password, ask an administrator to reset it.</p>`,
    }, 401);
  }
  let notice = html``;
  let status = 200;
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    const record = rc.wiki.repo.users.getUserById(user.id)!;
    try {
      changePassword(rc.wiki, { user: record, current: form.field('wpPassword'), password: form.field('wpNewPassword'), retype: form.field('wpRetype') });
      rc.logIn(user.id);
      return rc.page({ htmlTitle: heading, heading, body: html`<div class="mw-message-box-success" id="mw-changepassword-success"><p>Your password has been changed.</p></div>` });
    } catch (e) {
      if (!(e instanceof AccountError)) throw e;
      notice = html`<div class="mw-message-box-error error" data-code="${e.code}"><p>${e.message}</p></div>`;
      status = 400;
    }
  }
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${notice}<form method="post" action="${rc.urls.action('Special:ChangePassword')}" id="mw-changepassword-form">
${tokenField(rc)}
<p>Username: ${user.name}</p>
<p><label>Current password: <input type="password" name="wpPassword" autocomplete="current-password" required></label></p>
<p><label>New password: <input type="password" name="wpNewPassword" autocomplete="new-password" required></label></p>
<p><label>Retype new password: <input type="password" name="wpRetype" autocomplete="new-password" required></label></p>
<p><button type="submit" class="primary">Change credentials</button></p>
</form>`,
  }, status);
}
