/**
 * action=delete: the confirmation form (reason), and on POST with a valid token the deletion.
 */
import type { Title } from '../../core/title.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { readForm, refusal, sessionFailure, tokenField } from './action-forms.ts';
import { missingPage } from './view.ts';

export function deleteForm(rc: RequestContext, title: Title): Response {
  const page = rc.wiki.getPage(title);
  if (!page) return missingPage(rc, title);
  const heading = `Delete "${title.prefixedText}"`;
  return rc.page({
    htmlTitle: heading, heading, title, exists: true, noindex: true,
    body: html`<p>You are about to delete a page along with all of its history. The revisions are kept in the deletion archive and can be restored.</p>
<form method="post" action="${rc.urls.action(title, { action: 'delete' })}" id="deleteconfirm">
${tokenField(rc)}
<label for="wpReason">Reason:</label>
<input type="text" name="wpReason" id="wpReason" maxlength="500" autofocus>
<button type="submit" name="wpConfirmB" id="wpConfirmB" value="1" class="primary">Delete page</button>
</form>`,
  });
}

export async function deleteSubmit(rc: RequestContext, title: Title): Promise<Response> {
  const form = await readForm(rc);
  if (!form.validToken) return sessionFailure(rc, `Delete "${title.prefixedText}"`);
  try {
    rc.wiki.delete({ title, reason: form.field('wpReason'), user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(), rights: rc.userRights() });
  } catch (e) {
    return refusal(rc, `Delete "${title.prefixedText}"`, e);
  }
  return rc.page({
    htmlTitle: 'Action complete', heading: 'Action complete',
    body: html`<p>"${title.prefixedText}" has been deleted. See <a href="${rc.urls.action('Special:Log', { type: 'delete' })}">deletion log</a> for a record of recent deletions.</p>`,
  });
}
