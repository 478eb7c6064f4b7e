/**
 * action=protect (and unprotect): the protection form with a level and an expiry for editing
 * and moving, and on POST with a valid token the change.
 */
import type { Title } from '../../core/title.ts';
import { activeRestrictions, restrictionTypes } from '../../wiki/protection.ts';
import { html, raw } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';
import { missingPage } from './view.ts';

const levels: Array<[string, string]> = [['', 'Allow all users'], ['autoconfirmed', 'Allow only autoconfirmed users'], ['sysop', 'Allow only administrators']];

export function protectForm(rc: RequestContext, title: Title): Response {
  const page = rc.wiki.getPage(title);
  if (!page) return missingPage(rc, title);
  const current = new Map(activeRestrictions(rc.wiki, page.page.pageId).map((r) => [r.type, r]));
  const heading = `Change protection level for "${title.prefixedText}"`;
  const fieldsets = restrictionTypes.map((type) => {
    const now = current.get(type);
    const options = levels.map(([value, label]) => html`<option value="${value}"${now?.level === value || (!now && value === '') ? raw(' selected') : ''}>${label}</option>`);
    return html`<fieldset><legend>${type === 'edit' ? 'Edit' : 'Move'}</legend>
<select name="mwProtect-level-${type}" id="mwProtect-level-${type}">${options}</select>
<label for="mwProtect-expiry-${type}">Expires:</label>
<input type="text" name="mwProtect-expiry-${type}" id="mwProtect-expiry-${type}" value="${now && now.expiry !== 'infinity' ? now.expiry : 'infinite'}">
</fieldset>`;
  });
  return rc.page({
    htmlTitle: heading, heading, title, exists: true, noindex: true,
    body: html`<form method="post" action="${rc.urls.action(title, { action: 'protect' })}" id="mw-Protect-Form">
${tokenField(rc)}
${fieldsets}
<label for="mwProtect-reason">Reason:</label>
<input type="text" name="mwProtect-reason" id="mwProtect-reason" maxlength="500">
<button type="submit" id="mw-Protect-submit" class="primary">Confirm</button>
</form>`,
  });
}

export async function protectSubmit(rc: RequestContext, title: Title): Promise<Response> {
  const form = await readForm(rc);
  const heading = `Change protection level for "${title.prefixedText}"`;
  if (!form.validToken) return sessionFailure(rc, heading);
  try {
    rc.wiki.protect({
      title,
      levels: Object.fromEntries(restrictionTypes.map((t) => [t, form.field(`mwProtect-level-${t}`)])),
      expiry: Object.fromEntries(restrictionTypes.map((t) => [t, form.field(`mwProtect-expiry-${t}`)])),
      reason: form.field('mwProtect-reason'),
      user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(),
      rights: rc.userRights(),
    });
  } catch (e) {
    return refusal(rc, heading, e);
  }
  return rc.redirect(rc.urls.article(title), 303);
}
