/**
 * The diff view (MediaWiki's DifferenceEngine): a header per side naming the revision, its
 * user and summary, links to the previous and next edits, then the two-column table.
 */
import type { Title } from '../../core/title.ts';
import type { RevisionWithText } from '../../storage/repository.ts';
import { diffTable } from '../diff/table-diff.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import type { CommentEnv } from '../../render/comment-formatter.ts';
import { formatTimestamp, minorMark, summary } from './format.ts';

export interface DiffPageOptions {
  urls: Urls;
  title: Title;
  /** Null when the new revision is the page's first (diff against nothing). */
  oldRev: RevisionWithText | null;
  newRev: RevisionWithText;
  latestRevId: number;
  /** Whether a revision older than oldRev exists, and one newer than newRev. */
  hasPrevious: boolean;
  hasNext: boolean;
  /** Makes links in summaries; their section links point into the revision shown below. */
  comments?: CommentEnv;
}

export function diffPageBody(o: DiffPageOptions): SafeHtml {
  const { urls, title, oldRev, newRev } = o;
  const header = html`<tr class="diff-title" lang="en">
<td colspan="2" class="diff-otitle diff-side-deleted">${oldRev ? side(o, oldRev, 'old') : ''}</td>
<td colspan="2" class="diff-ntitle diff-side-added">${side(o, newRev, 'new')}</td>
</tr>`;
  const table = diffTable(oldRev?.text ?? '', newRev.text, header.value);
  const same = oldRev !== null && oldRev.text === newRev.text;
  return html`${raw(table)}
${same ? html`<div class="mw-diff-empty">(No difference)</div>` : ''}
<p><a href="${urls.action(title, { oldid: newRev.revId })}">View this revision</a> · <a href="${urls.action(title, { action: 'history' })}">View history</a></p>`;
}

function side(o: DiffPageOptions, rev: RevisionWithText, which: 'old' | 'new'): SafeHtml {
  const { urls, title } = o;
  const label = rev.revId === o.latestRevId ? 'Latest revision as of' : 'Revision as of';
  const nav =
    which === 'old'
      ? o.hasPrevious ? html`<a href="${urls.action(title, { diff: 'prev', oldid: rev.revId })}" id="differences-prevlink">← Previous edit</a>` : ''
      : o.hasNext ? html`<a href="${urls.action(title, { diff: 'next', oldid: rev.revId })}" id="differences-nextlink">Next edit →</a>` : '';
  return html`<div id="mw-diff-${which === 'old' ? 'otitle' : 'ntitle'}1"><strong><a href="${urls.action(title, { oldid: rev.revId })}">${label} ${formatTimestamp(rev.timestamp)}</a></strong>
(<a href="${urls.action(title, { action: 'edit', oldid: rev.revId })}">edit</a>)</div>
<div><a href="${urls.article(`User:${rev.userName}`)}">${rev.userName}</a></div>
<div>${minorMark(rev.minor)} ${summary(rev.comment, o.comments && { env: o.comments, title, local: true })}</div>
<div>${nav}</div>`;
}
