/**
 * Special:Contributions/Name: an account's or address's edits, newest first, with the
 * namespace filter, paging (offset=<timestamp>|<rev id> and limit, "older"/"newer" links),
 * the size change of each edit, and "current" on edits that are still the page's top one.
 */
import { isIpAddress, canonicalUserName } from '../../users/user-name.ts';
import { html } from '../../server/html.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { formatTimestamp, minorMark, sizeChange, summary } from '../../server/views/format.ts';

export function contributionsPage(rc: RequestContext, subpage: string): Response {
  const target = (rc.query('target') ?? subpage).trim();
  const name = isIpAddress(target) ? target : target ? canonicalUserName(rc.wiki.titles, target) : null;
  const heading = name ? `User contributions for ${name}` : 'User contributions';
  const nsText = rc.query('namespace') ?? '';
  const ns = /^-?\d+$/.test(nsText) ? Number(nsText) : undefined;
  const limit = Math.min(Math.max(Number(rc.query('limit') ?? 50) || 50, 1), 500);
  const offset = /^(\d{14})\|(\d+)$/.exec(rc.query('offset') ?? '');
  const from = offset ? { timestamp: toIso(offset[1]), revId: Number(offset[2]) - 1 } : undefined;
  const form = html`<form method="get" action="${rc.urls.scriptPath}" id="mw-sp-contributions-form">
<input type="hidden" name="title" value="Special:Contributions">
<label>IP address or username: <input type="text" name="target" value="${name ?? target}"></label>
<label>Namespace: <input type="text" name="namespace" value="${nsText}" size="4"></label>
<button type="submit">Search</button></form>`;
  if (!name) return rc.page({ htmlTitle: heading, heading, body: form }, target ? 400 : 200);
  const account = isIpAddress(name) ? null : rc.wiki.repo.users.getUserByName(name);
  if (!isIpAddress(name) && !account) {
    return rc.page({ htmlTitle: heading, heading, body: html`${form}<p class="error">User account "${name}" is not registered.</p>` }, 404);
  }
  const rows = rc.wiki.repo.community.contributions({ userName: name, namespaces: ns === undefined ? undefined : [ns], limit: limit + 1, from });
  const shown = rows.slice(0, limit);
  const items = shown.map((c) => {
    const title = rc.wiki.titles.makeTitle(c.namespace, c.dbKey);
    if (!title) return '';
    const diff = c.parentId === null ? 'diff' : html`<a href="${rc.urls.action(title, { diff: 'prev', oldid: c.revId })}" class="mw-changeslist-diff">diff</a>`;
    return html`<li data-mw-revid="${c.revId}"${c.top ? html` class="mw-contributions-current"` : ''}>
<a href="${rc.urls.action(title, { oldid: c.revId })}" class="mw-changeslist-date">${formatTimestamp(c.timestamp)}</a>
(${diff} | <a href="${rc.urls.action(title, { action: 'history' })}">hist</a>)
${sizeChange(c.size - (c.parentSize ?? 0))}
${c.parentId === null ? html`<abbr class="newpage" title="This edit created a new page">N</abbr>` : ''}${minorMark(c.minor)}
<a href="${rc.urls.article(title)}" class="mw-contributions-title">${title.prefixedText}</a>
${summary(c.comment, { env: rc.wiki, title })}${c.top ? html` <span class="mw-uctop">current</span>` : ''}
</li>`;
  });
  const next = rows.length > limit ? shown[shown.length - 1] : null;
  const older = next
    ? html`<a href="${rc.urls.action('Special:Contributions', { target: name, namespace: nsText || undefined, limit, offset: `${mwTs(next.timestamp)}|${next.revId}` })}" class="mw-nextlink">older ${limit}</a>`
    : html`older ${limit}`;
  const tools = html`<p class="mw-contributions-user-tools">(<a href="${rc.urls.article(`User talk:${name}`)}">talk</a>
| <a href="${rc.urls.action('Special:Log', { user: name })}">logs</a>
| <a href="${rc.urls.action('Special:BlockList', { wpTarget: name })}">block log</a>${rc.userRights().includes('block') ? html` | <a href="${rc.urls.article(`Special:Block/${name}`)}">block</a>` : ''})</p>`;
  return rc.page({
    htmlTitle: heading, heading,
    body: html`${tools}${form}
${shown.length ? html`<p class="mw-pager-navigation-bar">(${older})</p><ul class="mw-contributions-list">${items}</ul>` : html`<p>No changes were found matching these criteria.</p>`}`,
  });
}

/** 20240102030405 from an ISO time. */
function mwTs(iso: string): string {
  return iso.replace(/[-:TZ]/g, '').slice(0, 14);
}

function toIso(ts: string): string {
  return `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}T${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)}Z`;
}
