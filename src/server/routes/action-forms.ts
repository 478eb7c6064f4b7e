/**
 * Shared pieces of the page-operation routes (delete, protect, undelete, move, rollback,
 * purge): reading a posted form with its edit token, and answering a refused operation.
 */
import { OperationError } from '../../wiki/operation-error.ts';
import { ProtectedPageError } from '../../wiki/protection.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';

export interface PostedForm {
  field(name: string): string;
  all(name: string): string[];
  validToken: boolean;
}

export async function readForm(rc: RequestContext): Promise<PostedForm> {
  const body = await rc.c.req.parseBody({ all: true });
  const all = (name: string) => {
    const v = body[name];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  const field = (name: string) => all(name)[0] ?? '';
  return { field, all, validToken: rc.checkEditToken(field('wpEditToken')) };
}

export function sessionFailure(rc: RequestContext, heading: string): Response {
  return rc.page({
    htmlTitle: heading, heading,
    body: html`<div class="mw-warning" id="mw-session-failure"><p><strong>Sorry! We could not process your request due to a loss of session data.</strong> Please go back and try again. If it still does not work, make sure cookies are enabled.</p></div>`,
  }, 403);
}

/** The answer to an operation refused with OperationError or PermissionError; rethrows anything else. */
export function refusal(rc: RequestContext, heading: string, e: unknown): Response {
  if (e instanceof ProtectedPageError) {
    return rc.page({ htmlTitle: heading, heading, body: html`<div class="mw-warning permissions-errors"><p>This page has been protected to prevent editing or other actions.</p></div>` }, 403);
  }
  if (e instanceof PermissionError) {
    return rc.page({ htmlTitle: 'Permission error', heading: 'Permission error', body: html`<div class="mw-warning permissions-errors"><p>You do not have permission to do that (the "${e.right}" right is needed).</p></div>` }, 403);
  }
  if (e instanceof OperationError) {
    return rc.page({ htmlTitle: heading, heading, body: html`<div class="mw-warning error" data-code="${e.code}"><p>${e.message}</p></div>` }, e.code === 'missingtitle' ? 404 : 409);
  }
  throw e;
}

export function tokenField(rc: RequestContext): SafeHtml {
  return html`<input type="hidden" name="wpEditToken" value="${rc.editToken()}">`;
}
