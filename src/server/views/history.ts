/**
 * A page's revision history (MediaWiki's action=history): one line per revision, newest
 * first, with links to the revision, to the diff against the current and previous ones,
 * the date, the user, the size and its change, the minor flag and the summary.
 */
import type { Title } from '../../core/title.ts';
import type { RevisionRecord } from '../../storage/repository.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import type { CommentEnv } from '../../render/comment-formatter.ts';
import { formatBytes, formatTimestamp, minorMark, sizeChange, summary } from './format.ts';

export interface HistoryOptions {
  urls: Urls;
  title: Title;
  /** Newest first; `parentSizes` gives the size of each revision's parent (0 for the first). */
  revisions: RevisionRecord[];
  parentSizes: Map<number, number>;
  latestRevId: number;
  /** Link to the next (older) page of results, when there is one. */
  olderHref?: string;
  newerHref?: string;
  /** Makes links in summaries. */
  comments?: CommentEnv;
}

export function historyBody(o: HistoryOptions): SafeHtml {
  const { urls, title } = o;
  const rows = o.revisions.map((rev) => {
    const isCur = rev.revId === o.latestRevId;
    const cur = isCur ? 'cur' : html`<a href="${urls.action(title, { diff: o.latestRevId, oldid: rev.revId })}" title="${title.prefixedText}">cur</a>`;
    const prev = rev.parentId ? html`<a href="${urls.action(title, { diff: 'prev', oldid: rev.revId })}" title="${title.prefixedText}">prev</a>` : 'prev';
    const delta = rev.size - (o.parentSizes.get(rev.revId) ?? 0);
    return html`<li data-mw-revid="${rev.revId}">
<span class="mw-history-histlinks">(${cur} | ${prev})</span>
<a href="${urls.action(title, { oldid: rev.revId })}" class="mw-changeslist-date">${formatTimestamp(rev.timestamp)}</a>
<span class="history-user"><a href="${urls.article(`User:${rev.userName}`)}">${rev.userName}</a></span>
${minorMark(rev.minor)}
<span class="history-size">(${formatBytes(rev.size)})</span> ${sizeChange(delta)}
${summary(rev.comment, o.comments && { env: o.comments, title })}
</li>`;
  });
  const nav = o.olderHref || o.newerHref
    ? html`<p class="mw-history-nav">${o.newerHref ? html`<a href="${o.newerHref}">newer</a>` : 'newer'} | ${o.olderHref ? html`<a href="${o.olderHref}">older</a>` : 'older'}</p>`
    : '';
  return html`<p>Diff selection: use "cur" to compare with the current revision and "prev" with the one before. <strong>m</strong> = minor edit.</p>
${nav}
<ul id="pagehistory" class="history-list">
${rows}
</ul>
${nav}`;
}
