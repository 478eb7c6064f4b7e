/**
 * One log entry as a line, worded as MediaWiki's log formatters (logentry-move-move,
 * logentry-delete-delete, logentry-protect-protect ...): time, performer, action, target,
 * details and the reason.
 */
import type { TitleParser } from '../../core/title.ts';
import type { LogEntry } from '../../storage/log-store.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import { formatTimestamp, summary } from './format.ts';

type LogLike = Pick<LogEntry, 'type' | 'action' | 'timestamp' | 'userName' | 'namespace' | 'dbKey' | 'comment' | 'params'>;

export function logAction(urls: Urls, titles: TitleParser, e: LogLike): SafeHtml {
  const title = titles.makeTitle(e.namespace, e.dbKey);
  const name = title?.prefixedText ?? e.dbKey;
  const page = title ? html`<a href="${urls.action(title, e.type === 'move' ? { redirect: 'no' } : {})}" title="${name}">${name}</a>` : html`${name}`;
  const params = e.params ?? {};
  switch (`${e.type}/${e.action}`) {
    case 'move/move':
    case 'move/move_redir': {
      const target = String(params.target ?? '');
      const link = html`<a href="${urls.article(target)}" title="${target}">${target}</a>`;
      return html`moved page ${page} to ${link}${params.noredir ? ' without leaving a redirect' : ''}${e.action === 'move_redir' ? ' over redirect' : ''}`;
    }
    case 'delete/delete':
      return html`deleted page ${page}`;
    case 'delete/restore': {
      const n = Number((params.count as { revisions?: number } | undefined)?.revisions ?? 0);
      return html`restored page ${page} (${n} revision${n === 1 ? '' : 's'})`;
    }
    case 'protect/protect':
      return html`protected ${page} ${String(params.description ?? '')}`;
    case 'protect/modify':
      return html`changed protection settings for ${page} ${String(params.description ?? '')}`;
    case 'protect/unprotect':
      return html`removed protection from ${page}`;
    default:
      return html`performed ${e.type}/${e.action} on ${page}`;
  }
}

export function logLine(urls: Urls, titles: TitleParser, e: LogLike): SafeHtml {
  return html`<span class="mw-logline-${e.type}">${formatTimestamp(e.timestamp)} <a href="${urls.article(`User:${e.userName}`)}" class="mw-userlink">${e.userName}</a> ${logAction(urls, titles, e)} ${summary(e.comment)}</span>`;
}
