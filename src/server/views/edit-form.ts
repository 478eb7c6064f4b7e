/**
 * The source editor (MediaWiki's EditPage form): the text, an edit summary, the minor-edit
 * flag, and Save / Show preview / Show changes. Hidden fields carry the edit token, the
 * revision the edit is based on, and the section being edited. The source editor's script
 * (src/editor) enhances the textarea, reading the api.php URL, title and content model from
 * the form's data-editor-* attributes; without scripts the form works as it is.
 */
import type { Title } from '../../core/title.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { editorBundle } from '../editor-bundle.ts';
import type { Urls } from '../urls.ts';

export interface EditFormState {
  title: Title;
  text: string;
  summary: string;
  minor: boolean;
  token: string;
  /** The revision the text was loaded from (0 for a new page). */
  baseRevId: number;
  /** The section being edited ('' for the whole page). */
  section: string;
  /** The page's content model; a Scribunto module gets the "Allow saving code with errors" box. */
  model?: string;
  /** That box is ticked. */
  ignoreScriptErrors?: boolean;
}

export interface EditPageOptions {
  urls: Urls;
  form: EditFormState;
  /** Rendered preview HTML, shown above the form. */
  preview?: string;
  /** Diff table HTML of the text against the current revision. */
  changes?: string;
  /** Messages above the form (errors, notices). */
  notices?: SafeHtml[];
  /** True while viewing an old revision's text. */
  oldRevision?: boolean;
}

export function editPageBody(o: EditPageOptions): SafeHtml {
  const { form, urls } = o;
  return html`
${o.notices ?? []}
${o.preview !== undefined ? html`<div class="previewnote"><p><strong>Remember that this is only a preview.</strong> Your changes have not yet been saved!</p></div>
<div class="preview-box" id="wikiPreview">${raw(o.preview)}</div>` : ''}
${o.changes !== undefined ? html`<div id="wikiDiff">${o.changes ? raw(o.changes) : html`<p class="mw-diff-empty">(No difference)</p>`}</div>` : ''}
${editForm(urls, form)}`;
}

export function editForm(urls: Urls, form: EditFormState, extraButtons = true): SafeHtml {
  return html`<form id="editform" class="editform" name="editform" method="post" action="${urls.action(form.title, { action: 'submit' })}" data-editor-api="${urls.api()}" data-editor-title="${form.title.prefixedText}" data-editor-model="${form.model ?? 'wikitext'}">
<input type="hidden" name="wpEditToken" value="${form.token}">
<input type="hidden" name="baseRevId" value="${form.baseRevId}">
<input type="hidden" name="wpSection" value="${form.section}">
<textarea name="wpTextbox1" id="wpTextbox1" rows="25" cols="80" lang="en" dir="ltr" aria-label="Page source">${'\n'}${form.text}</textarea>
<div class="editOptions">
<label for="wpSummary">Summary:</label>
<input type="text" name="wpSummary" id="wpSummary" maxlength="500" value="${form.summary}" spellcheck="true">
<label><input type="checkbox" name="wpMinoredit" id="wpMinoredit" value="1" ${form.minor ? raw('checked') : ''}> This is a minor edit</label>
${form.model === 'Scribunto' ? html`<label><input type="checkbox" name="scribunto_ignore_errors" id="mw-scribunto_ignore_errors" value="1" ${form.ignoreScriptErrors ? raw('checked') : ''}> Allow saving code with errors</label>
` : ''}<div class="editButtons">
<button type="submit" name="wpSave" id="wpSave" value="1" class="primary">Save changes</button>
${extraButtons ? html`<button type="submit" name="wpPreview" id="wpPreview" value="1">Show preview</button>
<button type="submit" name="wpDiff" id="wpDiff" value="1">Show changes</button>` : ''}
<a href="${urls.article(form.title)}">Cancel</a>
</div>
</div>
</form>
<script src="${urls.static(editorBundle().file)}" defer></script>`;
}
