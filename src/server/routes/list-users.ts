/**
 * Special:ListUsers: accounts by name, from `username` on, optionally one group's members,
 * with their groups, edit count and registration date.
 */
import { explicitGroups, effectivePermissions } from '../../users/group-permissions.ts';
import { isoTimestamp } from '../../wiki/timestamp.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { formatTimestamp } from '../views/format.ts';

export function listUsers(rc: RequestContext, subpage: string): Response {
  const groups = explicitGroups(effectivePermissions(rc.wiki.config.wgGroupPermissions));
  const group = rc.query('group') || subpage || undefined;
  const from = rc.query('username')?.replace(/_/g, ' ') || undefined;
  const limit = Math.min(Math.max(Number(rc.query('limit') ?? 50) || 50, 1), 500);
  const users = rc.wiki.repo.users.listUsers({ from, group: group && groups.includes(group) ? group : undefined, limit: limit + 1 });
  const next = users.length > limit ? users.pop() : undefined;
  const now = isoTimestamp();
  const rows = users.map((u) => {
    const memberOf = rc.wiki.repo.users.getUserGroups(u.id, now).map((m) => m.group);
    return html`<li><a href="${rc.urls.article(`User:${u.name}`)}" class="mw-userlink">${u.name}</a>${memberOf.length ? ` (${memberOf.join(', ')})` : ''} [${u.editCount} edit${u.editCount === 1 ? '' : 's'}] (Created on ${formatTimestamp(u.registration)})</li>`;
  });
  return rc.page({
    htmlTitle: 'Users list', heading: 'Users list',
    body: html`<form method="get" action="${rc.urls.scriptPath}" id="mw-listusers-form">
<input type="hidden" name="title" value="Special:ListUsers">
<label>Display users starting at: <input type="text" name="username" value="${from ?? ''}"></label>
<label>Group: <select name="group"><option value="">All groups</option>${groups.map((g) => html`<option value="${g}"${g === group ? html` selected` : ''}>${g}</option>`)}</select></label>
<button type="submit">Show</button>
</form>
${rows.length ? html`<ul>${rows}</ul>` : html`<p>No users found.</p>`}
${next ? html`<p><a href="${rc.urls.action('Special:ListUsers', { username: next.name, group, limit })}">Next page</a></p>` : ''}`,
  });
}
