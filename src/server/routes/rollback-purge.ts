/**
 * action=rollback (from=User, with the edit token as `token`) and action=purge (a
 * confirmation form on GET, the purge on POST).
 */
import type { Title } from '../../core/title.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';

export async function rollbackAction(rc: RequestContext, title: Title): Promise<Response> {
  const form = rc.c.req.method === 'POST' ? await readForm(rc) : null;
  const token = form ? form.field('wpEditToken') : rc.query('token');
  const from = (form?.field('from') || rc.query('from')) ?? '';
  if (!rc.checkEditToken(token)) return sessionFailure(rc, 'Rollback failed');
  let result;
  try {
    result = rc.wiki.rollback({ title, fromUser: from, user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(), rights: rc.userRights() });
  } catch (e) {
    return refusal(rc, 'Rollback failed', e);
  }
  const target = rc.wiki.repo.getRevision(result.revertedTo);
  return rc.page({
    htmlTitle: 'Rollback', heading: 'Rollback', title,
    body: html`<p>Reverted edits by <a href="${rc.urls.article(`User:${from}`)}">${from}</a> to last revision by <a href="${rc.urls.article(`User:${target?.userName ?? ''}`)}">${target?.userName ?? ''}</a>.</p>
<p>Return to <a href="${rc.urls.article(title)}">${title.prefixedText}</a>.</p>`,
  });
}

export function purgeForm(rc: RequestContext, title: Title): Response {
  return rc.page({
    htmlTitle: title.prefixedText, heading: title.prefixedText, title, noindex: true,
    body: html`<form method="post" action="${rc.urls.action(title, { action: 'purge' })}" id="purge">
${tokenField(rc)}
<p>Purge the cache of this page?</p>
<button type="submit" class="primary">OK</button>
</form>`,
  });
}

export async function purgeSubmit(rc: RequestContext, title: Title): Promise<Response> {
  const form = await readForm(rc);
  if (!form.validToken) return sessionFailure(rc, title.prefixedText);
  try {
    rc.wiki.purge(title);
  } catch (e) {
    return refusal(rc, title.prefixedText, e);
  }
  return rc.redirect(rc.urls.article(title), 303);
}
