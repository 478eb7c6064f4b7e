/**
 * Special:Undelete/Title (also action=undelete): the archived revisions of a deleted page,
 * each with a checkbox (none ticked restores all), and on POST with a valid token the
 * restoration.
 */
import type { Title } from '../../core/title.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { formatTimestamp, summary } from '../views/format.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';

export function undeleteForm(rc: RequestContext, title: Title): Response {
  const revisions = rc.wiki.repo.listArchivedRevisions(title.ns, title.dbKey);
  const heading = 'Undelete pages';
  if (revisions.length === 0) {
    return rc.page({ htmlTitle: heading, heading, body: html`<p>No deleted revisions of "${title.prefixedText}" are in the archive.</p>` }, 404);
  }
  const items = revisions.map((r) => html`<li><input type="checkbox" name="ts${r.revId}" value="1" aria-label="Restore revision ${r.revId}"> ${formatTimestamp(r.timestamp)} <a href="${rc.urls.article(`User:${r.userName}`)}">${r.userName}</a> (${r.size} bytes) ${summary(r.comment)}</li>`);
  return rc.page({
    htmlTitle: heading, heading, noindex: true,
    body: html`<p>"${title.prefixedText}" has ${revisions.length} deleted revision${revisions.length === 1 ? '' : 's'}. Tick the revisions to restore, or none to restore them all.</p>
<form method="post" action="${rc.urls.action(`Special:Undelete/${title.prefixedDBKey}`, { action: 'submit' })}" id="undelete">
${tokenField(rc)}
<label for="wpComment">Reason:</label>
<input type="text" name="wpComment" id="wpComment" maxlength="500">
<button type="submit" name="restore" id="mw-undelete-submit" value="1" class="primary">Restore</button>
<ul class="mw-undelete-revlist">${items}</ul>
</form>`,
  });
}

export async function undeleteSubmit(rc: RequestContext, title: Title): Promise<Response> {
  const form = await readForm(rc);
  if (!form.validToken) return sessionFailure(rc, 'Undelete pages');
  const revIds = rc.wiki.repo.listArchivedRevisions(title.ns, title.dbKey).map((r) => r.revId).filter((id) => form.field(`ts${id}`) !== '');
  let restored: number;
  try {
    restored = rc.wiki.undelete({ title, reason: form.field('wpComment'), revIds: revIds.length ? revIds : undefined, user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(), rights: rc.userRights() }).restored;
  } catch (e) {
    return refusal(rc, 'Undelete pages', e);
  }
  return rc.page({
    htmlTitle: 'Undelete pages', heading: 'Undelete pages',
    body: html`<p><strong><a href="${rc.urls.article(title)}">${title.prefixedText}</a> has been restored</strong> (${restored} revision${restored === 1 ? '' : 's'}).</p>
<p>Consult the <a href="${rc.urls.action('Special:Log', { type: 'delete' })}">deletion log</a> for a record of recent deletions and restorations.</p>`,
  });
}

/** Special:Undelete/Title (target= also accepted). */
export function undeleteSpecial(rc: RequestContext, subpage: string): Response | Promise<Response> {
  const title = rc.wiki.titles.parse(rc.query('target') ?? subpage);
  if (!title || title.isSpecial || title.isExternal) {
    return rc.page({ htmlTitle: 'Undelete pages', heading: 'Undelete pages', body: html`<p>Give the title of a deleted page: Special:Undelete/Title.</p>` }, 404);
  }
  return rc.c.req.method === 'POST' ? undeleteSubmit(rc, title) : undeleteForm(rc, title);
}
