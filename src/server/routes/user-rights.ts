/**
 * Special:UserRights/Name: the user's groups as checkboxes (those the viewer may change
 * enabled), each with an expiry ("infinite" or a date), and a reason. Posting with a token
 * changes them (src/users/user-groups.ts) and logs the change.
 */
import { canonicalUserName } from '../../users/user-name.ts';
import { changeUserGroups, groupsChangeableBy } from '../../users/user-groups.ts';
import { explicitGroups, effectivePermissions } from '../../users/group-permissions.ts';
import { isoTimestamp } from '../../wiki/timestamp.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';
import { errorBox } from './user-login.ts';

/** "infinite" (or empty) for no expiry, else a date or timestamp as ISO 8601 UTC; null when unreadable. */
function parseExpiry(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '' || /^(infinite|indefinite|infinity|never)$/i.test(t)) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  return Number.isFinite(ms) && ms > Date.now() ? isoTimestamp(new Date(ms)) : undefined;
}

export async function userRightsPage(rc: RequestContext, subpage: string): Promise<Response> {
  const heading = 'User rights management';
  const targetName = rc.query('user') ?? subpage;
  const name = targetName ? canonicalUserName(rc.wiki.titles, targetName) : null;
  const target = name ? rc.wiki.repo.users.getUserByName(name) : null;
  const performer = rc.user();
  const can = groupsChangeableBy(rc.wiki, performer);
  let notice = html``;
  if (target && rc.c.req.method === 'POST') {
    const form = await readForm(rc);
    if (!form.validToken) return sessionFailure(rc, heading);
    const current = rc.wiki.repo.users.getUserGroups(target.id, isoTimestamp());
    const add: Array<{ group: string; expiry: string | null }> = [];
    const remove: string[] = [];
    for (const group of explicitGroups(effectivePermissions(rc.wiki.config.wgGroupPermissions))) {
      const checked = form.field(`wpGroup-${group}`) === '1';
      const has = current.some((m) => m.group === group);
      // Groups the viewer cannot change have disabled boxes, which browsers do not send.
      if (!(has ? can.remove : can.add).includes(group)) continue;
      if (checked) {
        const expiry = parseExpiry(form.field(`wpExpiry-${group}`));
        if (expiry === undefined) return rc.page({ htmlTitle: heading, heading, body: errorBox(`The expiry for ${group} is not a valid future time.`) }, 400);
        if (!has || current.find((m) => m.group === group)!.expiry !== expiry) add.push({ group, expiry });
      } else if (has) remove.push(group);
    }
    try {
      changeUserGroups(rc.wiki, { target, add, remove, reason: form.field('user-reason'), performer });
    } catch (e) {
      if (e instanceof PermissionError) return refusal(rc, heading, e);
      throw e;
    }
    notice = html`<div class="mw-message-box-success"><p>The groups of ${target.name} were saved.</p></div>`;
  }
  const lookup = html`<form method="get" action="${rc.urls.scriptPath}" id="mw-userrights-form1">
<input type="hidden" name="title" value="Special:UserRights">
<label>User: <input type="text" name="user" value="${targetName ?? ''}"></label> <button type="submit">Load user groups</button>
</form>`;
  if (!target) {
    return rc.page({ htmlTitle: heading, heading, body: html`${targetName ? errorBox(`User "${targetName}" does not exist.`) : ''}${lookup}` }, targetName ? 404 : 200);
  }
  const current = rc.wiki.repo.users.getUserGroups(target.id, isoTimestamp());
  const editable = can.add.length + can.remove.length > 0;
  const boxes = explicitGroups(effectivePermissions(rc.wiki.config.wgGroupPermissions)).map((group) => {
    const m = current.find((x) => x.group === group);
    const changeable = m ? can.remove.includes(group) : can.add.includes(group);
    return html`<li><label><input type="checkbox" name="wpGroup-${group}" value="1"${m ? html` checked` : ''}${changeable ? '' : html` disabled`}> ${group}</label>
${changeable ? html` expires: <input type="text" name="wpExpiry-${group}" value="${m?.expiry ?? 'infinite'}" size="20">` : m?.expiry ? ` (until ${m.expiry})` : ''}</li>`;
  });
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${notice}${lookup}
<h2>Groups of ${target.name}</h2>
${editable ? html`<form method="post" action="${rc.urls.action(`Special:UserRights/${target.name}`)}" id="mw-userrights-form2">
${tokenField(rc)}
<ul>${boxes}</ul>
<p><label>Reason: <input type="text" name="user-reason" maxlength="255" size="60"></label></p>
<p><button type="submit" name="saveusergroups" class="primary">Save user groups</button></p>
</form>` : html`<p>You may view but not change the groups of this user.</p><ul>${boxes}</ul>`}`,
  });
}
