/**
 * Small presentation helpers shared by the views: MediaWiki's date format, byte counts,
 * size changes and edit summaries.
 */
import type { Title } from '../../core/title.ts';
import { formatComment, type CommentEnv } from '../../render/comment-formatter.ts';
import { html, raw, type SafeHtml } from '../html.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12:01, 15 January 2024" (UTC), as MediaWiki's default date preference shows it. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "15 January 2024" */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatBytes(n: number): string {
  return `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;
}

/** The "(+12)" size change of an edit. */
export function sizeChange(delta: number): SafeHtml {
  const cls = delta > 0 ? 'mw-plusminus-pos' : delta < 0 ? 'mw-plusminus-neg' : 'mw-plusminus-null';
  const text = delta > 0 ? `+${delta.toLocaleString('en-US')}` : delta.toLocaleString('en-US');
  return html`<span class="${cls}">(${text})</span>`;
}

/** Where a summary is shown: its links are resolved in `env`, its section links point into `title` (`#anchor` when `local`). */
export interface SummaryContext {
  env: CommentEnv;
  title?: Title | null;
  local?: boolean;
}

/** An edit summary in parentheses, or nothing when empty; with a context its links and section links are made. */
export function summary(comment: string, context?: SummaryContext): SafeHtml | '' {
  if (!comment) return '';
  return html`<span class="comment">(${context ? raw(formatComment(context.env, comment, context)) : comment})</span>`;
}

export function minorMark(minor: boolean): SafeHtml | '' {
  return minor ? html`<abbr class="minoredit" title="This is a minor edit">m</abbr>` : '';
}
