/**
 * Special:Block/Target: the block form (target, expiry, reason, sitewide or partial with
 * pages and namespaces, account creation, own talk page, anonymous users only) and its POST,
 * which blocks (or, with wpEditing, changes the existing block) and logs it. Needs "block".
 */
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from '../../server/routes/action-forms.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { blockUser } from '../block-user.ts';

const expiries = ['2 hours', '1 day', '3 days', '1 week', '2 weeks', '1 month', '3 months', '6 months', '1 year', 'infinite'];

export async function blockPage(rc: RequestContext, subpage: string): Promise<Response> {
  const heading = 'Block user';
  if (!rc.userRights().includes('block')) return refusal(rc, heading, new PermissionError('block'));
  let notice = html``;
  let target = rc.query('wpTarget') ?? subpage;
  if (rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    target = form.field('wpTarget');
    const expiry = form.field('wpExpiry') === 'other' ? form.field('wpExpiry-other') : form.field('wpExpiry');
    const partial = form.field('wpEditingRestriction') === 'partial';
    try {
      const result = blockUser(rc.wiki, {
        target, expiry, reason: form.field('wpReason'),
        createAccount: form.field('wpCreateAccount') === '1', allowUsertalk: form.field('wpDisableUTEdit') !== '1',
        anonOnly: form.field('wpHardBlock') !== '1', reblock: form.field('wpEditing') === '1',
        partial: partial ? {
          pages: form.field('wpPageRestrictions').split('\n').map((s) => s.trim()).filter(Boolean),
          namespaces: form.field('wpNamespaceRestrictions').split(/[\s,]+/).filter((s) => /^\d+$/.test(s)).map(Number),
        } : undefined,
        user: rc.userName(), userId: rc.userId(), rights: rc.userRights(),
      });
      return rc.page({
        htmlTitle: 'Block succeeded', heading: 'Block succeeded',
        body: html`<p id="mw-block-success"><a href="${rc.urls.article(`Special:Contributions/${result.block.address}`)}">${result.block.address}</a> has been blocked.</p>
<p>See the <a href="${rc.urls.article('Special:BlockList')}">block list</a> to review blocks.</p>`,
      });
    } catch (e) {
      if (e instanceof PermissionError) return refusal(rc, heading, e);
      if (!(e instanceof Error) || !('code' in e)) throw e;
      const code = String((e as { code: string }).code);
      notice = html`<div class="mw-warning error" data-code="${code}"><p>${e.message}${code === 'alreadyblocked' ? ' Tick "Change the existing block" to change it.' : ''}</p></div>`;
    }
  }
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${notice}<form method="post" action="${rc.urls.action('Special:Block')}" id="mw-block-form">
${tokenField(rc)}
<p><label>Username, IP address or IP range: <input type="text" name="wpTarget" value="${target}" required></label></p>
<fieldset><legend>Editing</legend>
<label><input type="radio" name="wpEditingRestriction" value="sitewide" checked> Sitewide</label>
<label><input type="radio" name="wpEditingRestriction" value="partial"> Partial</label>
<p><label>Pages (one per line): <textarea name="wpPageRestrictions" rows="3"></textarea></label></p>
<p><label>Namespaces (numbers): <input type="text" name="wpNamespaceRestrictions"></label></p>
</fieldset>
<p><label>Expiration: <select name="wpExpiry">${expiries.map((e) => html`<option value="${e}"${e === 'infinite' ? html` selected` : ''}>${e}</option>`)}<option value="other">Other time</option></select></label>
<label>Other time: <input type="text" name="wpExpiry-other"></label></p>
<p><label>Reason: <input type="text" name="wpReason" size="60" maxlength="500"></label></p>
<p><label><input type="checkbox" name="wpCreateAccount" value="1" checked> Prevent account creation</label><br>
<label><input type="checkbox" name="wpDisableUTEdit" value="1"> Prevent this user from editing their own talk page</label><br>
<label><input type="checkbox" name="wpHardBlock" value="1"> Apply block to logged-in users from this IP address</label><br>
<label><input type="checkbox" name="wpEditing" value="1"> Change the existing block</label></p>
<p><button type="submit" class="primary">Block this user</button></p>
</form>`,
  });
}
