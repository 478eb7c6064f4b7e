/**
 * Special:Upload (MediaWiki's SpecialUpload): a form with the file, the destination name
 * (`wpDestFile`, filled in from red file links) and a description; on POST with a valid edit
 * token the upload, then the file page. A refused upload shows the form again with the reason.
 */
import { uploadFile } from '../../files/upload-file.ts';
import { UploadError } from '../../files/upload-error.ts';
import { PermissionError } from '../../wiki/user-rights.ts';
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { refusal, sessionFailure, tokenField } from './action-forms.ts';

const heading = 'Upload file';

interface FormState {
  destFile: string;
  description: string;
  error?: SafeHtml;
}

export async function uploadSpecial(rc: RequestContext, subpage: string): Promise<Response> {
  if (!rc.wiki.config.wgEnableUploads) {
    return rc.page({ htmlTitle: heading, heading, body: html`<div class="mw-warning error" data-code="uploaddisabled"><p>Uploads are disabled on this wiki.</p></div>` }, 403);
  }
  if (rc.c.req.method !== 'POST') {
    return form(rc, { destFile: rc.query('wpDestFile') ?? subpage.replace(/_/g, ' '), description: '' });
  }
  const declared = Number(rc.c.req.header('Content-Length') ?? 0);
  if (declared > rc.wiki.config.wgMaxUploadSize + 1024 * 1024) {
    return form(rc, { destFile: '', description: '', error: problem('file-too-large', `The file is larger than the largest allowed upload (${rc.wiki.config.wgMaxUploadSize} bytes).`) }, 413);
  }
  const body = await rc.c.req.parseBody();
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const file = body.wpUploadFile;
  const state: FormState = { destFile: text('wpDestFile'), description: text('wpUploadDescription') };
  if (!rc.checkEditToken(text('wpEditToken'))) return sessionFailure(rc, heading);
  if (!(file instanceof File) || file.name === '') {
    return form(rc, { ...state, error: problem('empty-file', 'Choose a file to upload.') }, 400);
  }
  try {
    const result = await uploadFile(rc.wiki, {
      name: state.destFile.trim() || file.name,
      bytes: Buffer.from(await file.arrayBuffer()),
      comment: state.description,
      user: rc.userName(), userId: rc.userId(), address: rc.clientAddress(),
      rights: rc.userRights(),
    });
    return rc.redirect(rc.urls.article(result.title), 303);
  } catch (e) {
    if (e instanceof UploadError) return form(rc, { ...state, error: problem(e.code, e.message) }, 400);
    if (e instanceof PermissionError) return refusal(rc, heading, e);
    throw e;
  }
}

function problem(code: string, message: string): SafeHtml {
  return html`<div class="mw-warning error" id="mw-upload-error" data-code="${code}"><p><strong>Upload error:</strong> ${message}</p></div>`;
}

function form(rc: RequestContext, state: FormState, status = 200): Response {
  const config = rc.wiki.config;
  const megabytes = (config.wgMaxUploadSize / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
  const accept = config.wgFileExtensions.map((e) => `.${e}`).join(',');
  return rc.page({
    htmlTitle: heading, heading, noindex: true,
    body: html`${state.error ?? ''}
<p>Use the form below to upload files. To view or search previously uploaded files go to the list of files.</p>
<form method="post" action="${rc.urls.action('Special:Upload', {})}" enctype="multipart/form-data" id="mw-upload-form">
${tokenField(rc)}
<fieldset><legend>Source file</legend>
<label for="wpUploadFile">Source filename:</label>
<input type="file" name="wpUploadFile" id="wpUploadFile" accept="${accept}">
<p class="mw-upload-permitted">Maximum file size: ${megabytes} MB. Permitted file types: ${config.wgFileExtensions.join(', ')}.</p>
</fieldset>
<fieldset><legend>File description</legend>
<label for="wpDestFile">Destination filename:</label>
<input type="text" name="wpDestFile" id="wpDestFile" size="60" value="${state.destFile}">
<label for="wpUploadDescription">Summary:</label>
<textarea name="wpUploadDescription" id="wpUploadDescription" cols="80" rows="8">${state.description}</textarea>
</fieldset>
<button type="submit" name="wpUpload" value="1" class="primary" id="wpUpload">Upload file</button>
</form>`,
  }, status);
}
