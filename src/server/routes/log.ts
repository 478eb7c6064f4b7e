/**
 * Special:Log (type=move|delete|protect, page=Title, user=Name): log entries newest first,
 * worded as MediaWiki's log formatters do.
 */
import type { LogEntry } from '../../storage/log-store.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { logLine } from '../views/log-line.ts';

const typeNames: Record<string, string> = { move: 'Move log', delete: 'Deletion log', protect: 'Protection log' };

export function logPage(rc: RequestContext, subpage: string): Response {
  const type = rc.query('type') ?? (typeNames[subpage] ? subpage : undefined);
  const pageTitle = rc.query('page') ? rc.wiki.titles.parse(rc.query('page')!) : null;
  const limit = Math.min(Math.max(Number(rc.query('limit') ?? 50) || 50, 1), 500);
  const entries: LogEntry[] = rc.wiki.repo.listLog({
    type: type || undefined,
    title: pageTitle ? { namespace: pageTitle.ns, dbKey: pageTitle.dbKey } : undefined,
    userName: rc.query('user') || undefined,
    limit,
  });
  const heading = type && typeNames[type] ? typeNames[type] : 'All public logs';
  const items = entries.map((e) => html`<li data-mw-logid="${e.logId}" data-mw-logaction="${e.type}/${e.action}">${logLine(rc.urls, rc.wiki.titles, e)}</li>\n`);
  return rc.page({
    htmlTitle: heading, heading,
    body: entries.length ? html`<ul>${items}</ul>` : html`<p>No matching items in log.</p>`,
  });
}
