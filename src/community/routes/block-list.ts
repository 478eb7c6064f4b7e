/**
 * Special:BlockList: the blocks in force, newest first (or those of wpTarget), with their
 * expiry, who made them, the parameters and the reason, and an unblock link for those who
 * may unblock.
 */
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { formatTimestamp } from '../../server/views/format.ts';
import { isoTimestamp } from '../../wiki/timestamp.ts';
import { blockExpiryText } from '../blocked-notice.ts';
import { parseIpRange } from '../ip-address.ts';
import { canonicalUserName } from '../../users/user-name.ts';

export function blockListPage(rc: RequestContext): Response {
  const heading = 'Blocked users';
  const wanted = (rc.query('wpTarget') ?? '').trim();
  const address = wanted ? parseIpRange(wanted)?.canonical ?? canonicalUserName(rc.wiki.titles, wanted) ?? wanted : '';
  const blocks = rc.wiki.repo.community.listBlocks({ limit: 500, now: isoTimestamp(), addresses: address ? [address] : undefined });
  const canUnblock = rc.userRights().includes('block');
  const rows = blocks.map((b) => {
    const pages = b.restrictions.filter((r) => r.type === 'page').map((r) => {
      const p = rc.wiki.repo.getPageById(r.value);
      const t = p ? rc.wiki.titles.makeTitle(p.namespace, p.dbKey) : null;
      return t ? html`<a href="${rc.urls.article(t)}">${t.prefixedText}</a>` : '';
    });
    const namespaces = b.restrictions.filter((r) => r.type === 'ns').map((r) => rc.wiki.titles.namespaces.getText(r.value) || '(Main)');
    const params = [
      b.sitewide ? 'sitewide block' : html`editing (${[...pages, ...namespaces].map((x, i) => html`${i ? ', ' : ''}${x}`)})`,
      b.anonOnly ? 'anon. only' : '', b.createAccount ? 'account creation disabled' : '', b.allowUsertalk ? '' : 'cannot edit own talk page',
    ].filter((x) => x !== '');
    return html`<tr data-block-id="${b.id}">
<td>${formatTimestamp(b.timestamp)}</td>
<td>${blockExpiryText(b.expiry)}${canUnblock ? html` (<a href="${rc.urls.article(`Special:Unblock/${b.address}`)}">unblock</a>)` : ''}</td>
<td><a href="${rc.urls.article(`Special:Contributions/${b.address}`)}">${b.address}</a></td>
<td><a href="${rc.urls.article(`User:${b.byName}`)}">${b.byName}</a></td>
<td><ul>${params.map((x) => html`<li>${x}</li>`)}</ul></td>
<td class="comment">${b.reason}</td>
</tr>`;
  });
  return rc.page({
    htmlTitle: heading, heading,
    body: html`<form method="get" action="${rc.urls.scriptPath}"><input type="hidden" name="title" value="Special:BlockList">
<label>Username, IP address or range: <input type="text" name="wpTarget" value="${wanted}"></label> <button type="submit">Search</button></form>
${blocks.length ? html`<table class="mw-blocklist wikitable"><thead><tr><th>Timestamp</th><th>Expires</th><th>Blocked user</th><th>Blocking administrator</th><th>Block parameters</th><th>Reason</th></tr></thead>
<tbody>${rows}</tbody></table>` : html`<p>${address ? 'The requested IP address or username is not blocked.' : 'There are currently no active blocks.'}</p>`}`,
  });
}
