/**
 * Special:RecentChanges and Special:AllPages as lists.
 */
import type { Title, TitleParser } from '../../core/title.ts';
import type { PageRecord, RecentChange } from '../../storage/repository.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import type { CommentEnv } from '../../render/comment-formatter.ts';
import { formatTimestamp, minorMark, sizeChange, summary } from './format.ts';
import { logAction } from './log-line.ts';

const logNames: Record<string, string> = { move: 'Move log', delete: 'Deletion log', protect: 'Protection log' };

/** `comments` makes links in the summaries. */
export function recentChangesBody(urls: Urls, titles: TitleParser, changes: RecentChange[], comments?: CommentEnv): SafeHtml {
  if (changes.length === 0) return html`<p>No changes yet.</p>`;
  const rows = changes.map((rc) => {
    if (rc.type === 'log') {
      const entry = { type: rc.logType ?? '', action: rc.logAction ?? '', timestamp: rc.timestamp, userName: rc.userName, namespace: rc.namespace, dbKey: rc.dbKey, comment: rc.comment, params: rc.logParams ?? {} };
      return html`<li class="mw-changeslist-line mw-changeslist-log mw-changeslist-log-${entry.type}">
(<a href="${urls.action('Special:Log', { type: entry.type })}">${logNames[entry.type] ?? `${entry.type} log`}</a>);
<span class="mw-changeslist-date">${formatTimestamp(rc.timestamp)}</span>
<a href="${urls.article(`User:${rc.userName}`)}">${rc.userName}</a>
${logAction(urls, titles, entry)}
${summary(rc.comment, comments && { env: comments, title: titles.makeTitle(rc.namespace, rc.dbKey) })}
</li>`;
    }
    const title = titles.makeTitle(rc.namespace, rc.dbKey);
    if (!title) return '';
    const diff = rc.isNew ? 'diff' : html`<a href="${urls.action(title, { diff: rc.revId, oldid: 'prev' })}">diff</a>`;
    return html`<li class="mw-changeslist-line" data-mw-revid="${rc.revId}">
(${diff} | <a href="${urls.action(title, { action: 'history' })}">hist</a>)
${rc.isNew ? html`<abbr class="newpage" title="This edit created a new page">N</abbr>` : ''}${minorMark(rc.minor)}
<a href="${urls.article(title)}" class="mw-changeslist-title">${title.prefixedText}</a>;
<span class="mw-changeslist-date">${formatTimestamp(rc.timestamp)}</span>
${sizeChange(rc.newSize - rc.oldSize)}
<a href="${urls.article(`User:${rc.userName}`)}">${rc.userName}</a>
${summary(rc.comment, comments && { env: comments, title })}
</li>`;
  });
  return html`<ul class="special-list">${rows}</ul>`;
}

export function allPagesBody(urls: Urls, titles: TitleParser, pages: PageRecord[], next?: Title | null): SafeHtml {
  const items = pages.map((p) => {
    const title = titles.makeTitle(p.namespace, p.dbKey);
    if (!title) return '';
    return html`<li>${p.isRedirect ? html`<a href="${urls.action(title, { redirect: 'no' })}" class="mw-redirect"><i>${title.prefixedText}</i></a>` : html`<a href="${urls.article(title)}">${title.prefixedText}</a>`}</li>`;
  });
  return html`${pages.length === 0 ? html`<p>There are no pages.</p>` : html`<ul class="allpages-list">${items}</ul>`}
${next ? html`<p><a href="${urls.action('Special:AllPages', { from: next.dbKey })}">Next page (${next.prefixedText})</a></p>` : ''}`;
}
