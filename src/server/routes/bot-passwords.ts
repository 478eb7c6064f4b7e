/**
 * Special:BotPasswords(/appId): a logged-in user's bot passwords. Without a subpage, the list
 * and a field for a new bot name; with one, its grants as checkboxes and buttons to create,
 * update, reset the password or delete. A new password is shown once.
 */
import { AccountError } from '../../users/account-error.ts';
import { deleteBotPassword, isValidAppId, saveBotPassword } from '../../users/bot-passwords.ts';
import { selectableGrants } from '../../users/grants.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, sessionFailure, tokenField } from './action-forms.ts';
import { errorBox } from './user-login.ts';

const heading = 'Bot passwords';

export async function botPasswordsPage(rc: RequestContext, subpage: string): Promise<Response> {
  const user = rc.user();
  if (!rc.wiki.config.wgEnableBotPasswords) return rc.page({ htmlTitle: heading, heading, body: errorBox('Bot passwords are not enabled on this wiki.') }, 403);
  if (!user.id || user.botApp) {
    return rc.page({
      htmlTitle: heading, heading, noindex: true,
      body: html`<p>Please <a href="${rc.urls.action('Special:UserLogin', { returnto: 'Special:BotPasswords' })}">log in</a> to manage bot passwords.</p>`,
    }, 403);
  }
  const appId = (rc.query('wpAppId') ?? subpage).trim();
  if (!appId) return listPage(rc, user.id, user.name);
  if (!isValidAppId(appId)) return rc.page({ htmlTitle: heading, heading, body: errorBox('The bot name must be 1 to 32 letters, digits, spaces, dots, hyphens or underscores.') }, 400);
  const self = rc.urls.action(`Special:BotPasswords/${appId}`);
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    if (form.field('delete')) {
      deleteBotPassword(rc.wiki, user.id, appId);
      return rc.page({ htmlTitle: heading, heading, body: html`<p>The bot password "${appId}" was deleted.</p><p><a href="${rc.urls.article('Special:BotPasswords')}">Back to bot passwords</a></p>` });
    }
    try {
      const { password } = saveBotPassword(rc.wiki, user.id, appId, form.all('wpGrants'), { reset: form.field('resetPassword') === '1' });
      const done = password
        ? html`<p>The bot password for bot name "${appId}" of user "${user.name}" was saved.</p>
<p>The new password to log in with <strong>${user.name}@${appId}</strong> is <code id="mw-botpasswords-newpassword">${password}</code>. Please record this for future reference; it is not shown again.</p>`
        : html`<p>The bot password "${appId}" was updated.</p>`;
      return rc.page({ htmlTitle: heading, heading, noindex: true, body: html`${done}<p><a href="${rc.urls.article('Special:BotPasswords')}">Back to bot passwords</a></p>` });
    } catch (e) {
      if (e instanceof AccountError) return rc.page({ htmlTitle: heading, heading, body: errorBox(e.message) }, 400);
      throw e;
    }
  }
  const existing = rc.wiki.repo.users.getBotPassword(user.id, appId);
  const grants = selectableGrants.map((g) => html`<li><label><input type="checkbox" name="wpGrants" value="${g}"${existing?.grants.includes(g) ? html` checked` : ''}> ${g}</label></li>`);
  return rc.page({
    htmlTitle: heading, heading, noindex: true,
    body: html`<form method="post" action="${self}" id="mw-botpasswords-form">
${tokenField(rc)}
<p>Bot name: <strong>${appId}</strong> (logs in as <code>${user.name}@${appId}</code>)</p>
<fieldset><legend>Grants</legend><ul>${grants}</ul></fieldset>
${existing
    ? html`<p><label><input type="checkbox" name="resetPassword" value="1"> Reset password</label></p>
<p><button type="submit" name="update" value="1" class="primary">Update</button> <button type="submit" name="delete" value="1">Delete</button></p>`
    : html`<p><button type="submit" name="create" value="1" class="primary">Create</button></p>`}
</form>`,
  });
}

function listPage(rc: RequestContext, userId: number, name: string): Response {
  const list = rc.wiki.repo.users.listBotPasswords(userId);
  return rc.page({
    htmlTitle: heading, heading, noindex: true,
    body: html`<p>Bot passwords let a bot or tool log in as ${name} with only the grants you choose, without your main password.</p>
${list.length ? html`<ul id="mw-botpasswords-list">${list.map((b) => html`<li><a href="${rc.urls.article(`Special:BotPasswords/${b.appId}`)}">${b.appId}</a> (${b.grants.join(', ') || 'basic rights only'})</li>`)}</ul>` : html`<p>You have no bot passwords.</p>`}
<form method="get" action="${rc.urls.scriptPath}" id="mw-botpasswords-create">
<input type="hidden" name="title" value="Special:BotPasswords">
<label>Bot name: <input type="text" name="wpAppId" maxlength="32" required></label> <button type="submit" class="primary">Create</button>
</form>`,
  });
}
