/**
 * action=submit: the edit form's POST. Every submit needs a valid edit token for this
 * browser. "Show preview" renders the text, "Show changes" diffs it against the current
 * revision, "Save" writes a revision. An edit based on an older revision than the current
 * one is merged three-way when the changes do not overlap, and otherwise answered with the
 * edit-conflict page, which keeps the editor's text.
 */
import type { Title } from '../../core/title.ts';
import { ContentValidationError } from '../../content/content-handler.ts';
import { defaultModelFor } from '../../content/content-models.ts';
import { EditConflictError } from '../../storage/repository.ts';
import { mergeEdit } from '../../wiki/merge-edit.ts';
import { ProtectedPageError } from '../../wiki/protection.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { replaceSection } from '../../wiki/section.ts';
import { diffTable } from '../diff/table-diff.ts';
import { html, raw } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { articleHtml } from '../views/article.ts';
import { editForm, editPageBody, type EditFormState } from '../views/edit-form.ts';
import { editResponse } from './edit.ts';

export async function submitEdit(rc: RequestContext, title: Title): Promise<Response> {
  if (title.isSpecial) return rc.page({ htmlTitle: 'Cannot edit', heading: title.prefixedText, body: html`<p>Special pages cannot be edited.</p>` }, 400);
  const body = await rc.c.req.parseBody();
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const baseRevId = /^\d+$/.test(field('baseRevId')) ? Number(field('baseRevId')) : 0;
  const form: EditFormState = {
    title,
    text: field('wpTextbox1').replace(/\r\n?/g, '\n'),
    summary: field('wpSummary'),
    minor: field('wpMinoredit') !== '',
    token: '',
    baseRevId,
    section: /^\d+$/.test(field('wpSection')) ? field('wpSection') : '',
  };
  const current = rc.wiki.getPage(title);
  const exists = current !== null;
  form.model = current?.revision.model ?? defaultModelFor(title);
  form.ignoreScriptErrors = field('scribunto_ignore_errors') !== '';
  const validToken = rc.checkEditToken(field('wpEditToken'));
  form.token = rc.editToken();

  if (!validToken) {
    const notice = html`<div class="mw-warning" id="mw-session-failure"><p><strong>Sorry! We could not process your edit due to a loss of session data.</strong> Your edit has not been saved. Please try again; your text is kept below. If it still does not work, make sure cookies are enabled.</p></div>`;
    return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, notices: [notice] }), 403);
  }

  const base = baseRevId ? rc.wiki.getPage(title, { revId: baseRevId }) : null;
  if (baseRevId && !base) {
    const notice = html`<div class="mw-warning"><p>The revision this edit was based on does not exist. Your edit has not been saved.</p></div>`;
    return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, notices: [notice] }), 400);
  }
  const fullText = form.section !== '' ? replaceSection(base?.revision.text ?? '', Number(form.section), form.text) : form.text;
  if (fullText === null) {
    const notice = html`<div class="mw-warning"><p>The section you were editing no longer exists. Your edit has not been saved; your text is kept below.</p></div>`;
    return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form: { ...form, section: '' }, notices: [notice] }), 409);
  }

  if (field('wpPreview')) {
    const output = rc.wiki.renderText(form.text, title, { preview: true }, form.section === '' ? form.model : 'wikitext');
    const preview = articleHtml(output, { title, titles: rc.wiki.titles, urls: rc.urls, editSections: false });
    return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, preview }));
  }
  if (field('wpDiff')) {
    const changes = current && current.revision.text === fullText ? '' : diffTable(current?.revision.text ?? '', fullText);
    return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, changes }));
  }

  const save = (text: string, baseId: number | null) =>
    rc.wiki.save({ title, text, summary: form.summary, minor: form.minor, user: rc.userName(), userId: rc.userId(), rights: rc.userRights(), baseRevId: baseId, ignoreScriptErrors: form.ignoreScriptErrors });
  try {
    try {
      save(fullText, baseRevId || null);
    } catch (e) {
      if (!(e instanceof EditConflictError) || !current) throw e;
      const merged = mergeEdit(base?.revision.text ?? '', current.revision.text, fullText);
      if (merged === null) throw e;
      save(merged, current.revision.revId);
    }
  } catch (e) {
    if (e instanceof ProtectedPageError) {
      const notice = html`<div class="mw-warning permissions-errors"><p><strong>This page has been protected to prevent editing or other actions.</strong> Your edit has not been saved; your text is kept below.</p></div>`;
      return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, notices: [notice] }), 403);
    }
    if (e instanceof ContentValidationError) return invalidContent(rc, title, exists, form, e);
    if (e instanceof PermissionError) {
      const notice = html`<div class="mw-warning permissions-errors"><p><strong>You do not have permission to edit this page</strong> (the "${e.right}" right is needed). Your edit has not been saved; your text is kept below.</p></div>`;
      return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form, notices: [notice] }), 403);
    }
    if (!(e instanceof EditConflictError)) throw e;
    return conflictPage(rc, title, form, fullText);
  }
  return rc.redirect(rc.urls.article(title), 303);
}

/**
 * The edit-conflict page: the current text, the difference to the editor's text, and a form
 * holding the editor's whole text, now based on the current revision.
 */
function conflictPage(rc: RequestContext, title: Title, form: EditFormState, mine: string): Response {
  const current = rc.wiki.getPage(title);
  const currentText = current?.revision.text ?? '';
  const retry: EditFormState = { ...form, text: mine, section: '', baseRevId: current?.revision.revId ?? 0 };
  const body = html`<div class="mw-editconflict" id="mw-editconflict"><p><strong>Edit conflict:</strong> someone else has changed this page since you started editing it.
Your changes have not been saved. Your text is in the editor below; the current text of the page is shown under it, with the differences.
Merge your changes into the text below and save again.</p></div>
${editForm(rc.urls, retry)}
<h2>Differences between the current version and your text</h2>
${raw(diffTable(currentText, mine))}
<h2>Current text</h2>
<textarea id="wpTextbox2" readonly rows="15" aria-label="Current text">${'\n'}${currentText}</textarea>`;
  return editResponse(rc, title, current !== null, body, 409, `Edit conflict: ${title.prefixedText}`);
}

/**
 * A save the content model refused (MediaWiki's edit filter): the error above the form,
 * the text kept. A module with a script error can be saved by ticking "Allow saving code
 * with errors"; invalid JSON has to be corrected.
 */
function invalidContent(rc: RequestContext, title: Title, exists: boolean, form: EditFormState, e: ContentValidationError): Response {
  const hint = e.problem.confirmable
    ? html`<p>Your edit has not been saved. Correct the code, or tick "Allow saving code with errors" and save again.</p>`
    : html`<p>Your edit has not been saved; your text is kept below.</p>`;
  const notice = html`<div class="errorbox mw-content-validation-error" id="mw-content-validation-error"><p><strong>${e.problem.message}</strong></p>${hint}</div>`;
  return editResponse(rc, title, exists, editPageBody({ urls: rc.urls, form: { ...form, ignoreScriptErrors: false }, notices: [notice] }), 400);
}
