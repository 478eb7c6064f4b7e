/**
 * Special:Unblock/Target: removes a block (by target or "#id") with a reason, logged as
 * block/unblock. Needs "block".
 */
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from '../../server/routes/action-forms.ts';
import { OperationError } from '../../wiki/operation-error.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { unblockUser } from '../block-user.ts';

export async function unblockPage(rc: RequestContext, subpage: string): Promise<Response> {
  const heading = 'Unblock user';
  if (!rc.userRights().includes('block')) return refusal(rc, heading, new PermissionError('block'));
  let target = rc.query('wpTarget') ?? subpage;
  let notice = html``;
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    target = form.field('wpTarget');
    try {
      const { block } = unblockUser(rc.wiki, { target, reason: form.field('wpReason'), user: rc.userName(), userId: rc.userId(), rights: rc.userRights() });
      return rc.page({ htmlTitle: 'Unblocked', heading: 'Unblocked', body: html`<p id="mw-unblock-success">${block.address} has been unblocked.</p>` });
    } catch (e) {
      if (!(e instanceof OperationError)) return refusal(rc, heading, e);
      notice = html`<div class="mw-warning error" data-code="${e.code}"><p>${e.message}</p></div>`;
    }
  }
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${notice}<form method="post" action="${rc.urls.action('Special:Unblock')}" id="mw-unblock-form">
${tokenField(rc)}
<p><label>Username, IP address, IP range or block ID: <input type="text" name="wpTarget" value="${target}" required></label></p>
<p><label>Reason: <input type="text" name="wpReason" size="60" maxlength="500"></label></p>
<p><button type="submit" class="primary">Unblock</button></p>
</form>`,
  });
}
