/**
 * action=edit: the source editor for the whole page, one section (section=N), or an old
 * revision's text (oldid=N, saved over the current one only by a deliberate save).
 */
import type { Title } from '../../core/title.ts';
import { defaultModelFor } from '../../content/content-models.ts';
import { OperationError } from '../../wiki/operation-error.ts';
import { getSection } from '../../wiki/section.ts';
import { planUndo } from '../../wiki/undo-edit.ts';
import { html, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { editPageBody, type EditFormState } from '../views/edit-form.ts';
import { formatTimestamp } from '../views/format.ts';
import { badRevision, parseRevId } from './view.ts';

export function editPage(rc: RequestContext, title: Title): Response {
  if (title.isSpecial) return cannotEdit(rc, title);
  const oldid = parseRevId(rc.query('oldid'));
  const current = rc.wiki.getPage(title);
  const source = oldid !== null ? rc.wiki.getPage(title, { revId: oldid }) : current;
  if (oldid !== null && !source) return badRevision(rc, title);
  const notices: SafeHtml[] = [];
  let text = source?.revision.text ?? '';
  let summary = '';
  const section = rc.query('section') ?? '';
  if (section !== '') {
    const n = /^\d+$/.test(section) ? Number(section) : NaN;
    const part = Number.isNaN(n) ? null : getSection(text, n);
    if (part === null) return noSuchSection(rc, title, section);
    text = part;
    const heading = /^=+\s*(.*?)\s*=+\s*$/m.exec(part.split('\n')[0]);
    if (n > 0 && heading) summary = `/* ${heading[1]} */ `;
  }
  const undo = parseRevId(rc.query('undo'));
  if (undo !== null && current) {
    try {
      const plan = planUndo(rc.wiki, title, undo, parseRevId(rc.query('undoafter')) ?? undefined);
      text = plan.text;
      summary = plan.summary;
      notices.push(html`<div class="mw-undo-success"><p>The edit can be undone. Please check the comparison below to verify that this is what you want to do, and then publish the changes below to finish undoing the edit.</p></div>`);
    } catch (e) {
      if (!(e instanceof OperationError)) throw e;
      notices.push(html`<div class="mw-warning mw-undo-failure"><p>The edit could not be undone due to conflicting intermediate edits.</p></div>`);
    }
  }
  if (source && current && !source.isCurrent && undo === null) {
    notices.push(html`<div class="mw-warning mw-editing-old-revision"><p><strong>Warning: You are editing an out-of-date revision of this page</strong> (as of ${formatTimestamp(source.revision.timestamp)}). If you publish it, any changes made since this revision will be lost.</p></div>`);
  }
  if (!current) notices.push(html`<div class="mw-newarticletext"><p>You have followed a link to a page that does not exist yet. To create the page, start typing in the box below.</p></div>`);
  const form: EditFormState = {
    title, text, summary, minor: false, token: rc.editToken(),
    baseRevId: current?.revision.revId ?? 0,
    section,
    model: current?.revision.model ?? defaultModelFor(title),
  };
  return editResponse(rc, title, current !== null, editPageBody({ urls: rc.urls, form, notices }));
}

export function editResponse(rc: RequestContext, title: Title, exists: boolean, body: SafeHtml, status = 200, heading?: string): Response {
  const verb = exists ? 'Editing' : 'Creating';
  const text = heading ?? `${verb} ${title.prefixedText}${rc.query('section') ? ' (section)' : ''}`;
  return rc.page({ htmlTitle: text, heading: text, body, title, exists, activeTab: 'edit', noindex: true }, status);
}

function noSuchSection(rc: RequestContext, title: Title, section: string): Response {
  return rc.page(
    {
      htmlTitle: `Editing ${title.prefixedText}`,
      heading: `Editing ${title.prefixedText}`,
      body: html`<div class="mw-warning"><p>You tried to edit section ${section}, which does not exist. It may have been moved or deleted while you were viewing the page.</p></div>`,
      title, activeTab: 'edit', noindex: true,
    },
    404,
  );
}

function cannotEdit(rc: RequestContext, title: Title): Response {
  return rc.page({ htmlTitle: 'Cannot edit', heading: title.prefixedText, body: html`<p>Special pages cannot be edited.</p>` }, 400);
}
