/**
 * Special:MovePage/Title: the move form (new title, reason, leave a redirect, move the talk
 * page), and on POST with a valid token the move.
 */
import type { Title } from '../../core/title.ts';
import { html, raw } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';

const heading = 'Move page';

export async function movePageSpecial(rc: RequestContext, subpage: string): Promise<Response> {
  const title = rc.wiki.titles.parse(rc.query('target') ?? subpage);
  if (!title || title.isSpecial || title.isExternal || !rc.wiki.getPage(title)) {
    return rc.page({ htmlTitle: heading, heading, body: html`<p>No page to move: the title is missing, invalid, or the page does not exist.</p>` }, 404);
  }
  if (rc.c.req.method === 'POST') return moveSubmit(rc, title);
  return rc.page({
    htmlTitle: `Move ${title.prefixedText}`, heading: `Move ${title.prefixedText}`, noindex: true,
    body: html`<p>Using the form below will rename a page, moving all of its history to the new name. The old title will become a redirect page to the new title.</p>
<form method="post" action="${rc.urls.action(`Special:MovePage/${title.prefixedDBKey}`, { action: 'submit' })}" id="movepage">
${tokenField(rc)}
<label for="wpNewTitle">New title:</label>
<input type="text" name="wpNewTitle" id="wpNewTitle" value="${title.prefixedText}" required>
<label for="wpReason">Reason:</label>
<input type="text" name="wpReason" id="wpReason" maxlength="500">
<label><input type="checkbox" name="wpMovetalk" id="wpMovetalk" value="1" ${raw('checked')}> Move associated talk page</label>
<label><input type="checkbox" name="wpLeaveRedirect" id="wpLeaveRedirect" value="1" ${raw('checked')}> Leave a redirect behind</label>
<input type="hidden" name="wpFormSent" value="1">
<button type="submit" name="wpMove" id="wpMove" value="1" class="primary">Move page</button>
</form>`,
  });
}

async function moveSubmit(rc: RequestContext, from: Title): Promise<Response> {
  const form = await readForm(rc);
  if (!form.validToken) return sessionFailure(rc, heading);
  let result;
  try {
    result = rc.wiki.move({
      from, to: form.field('wpNewTitle'), reason: form.field('wpReason'),
      leaveRedirect: form.field('wpLeaveRedirect') !== '', moveTalk: form.field('wpMovetalk') !== '',
      user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(), rights: rc.userRights(),
    });
  } catch (e) {
    return refusal(rc, heading, e);
  }
  return rc.page({
    htmlTitle: 'Move succeeded', heading: 'Move succeeded',
    body: html`<p><strong>"<a href="${rc.urls.action(result.from, { redirect: 'no' })}">${result.from.prefixedText}</a>" has been moved to "<a href="${rc.urls.article(result.to)}">${result.to.prefixedText}</a>"</strong></p>
<p>${result.redirectCreated ? 'A redirect has been created.' : 'The redirect has been suppressed.'}</p>
${result.talk ? html`<p>The talk page "${result.talk.from.prefixedText}" has been moved to "${result.talk.to.prefixedText}".</p>` : ''}`,
  });
}
