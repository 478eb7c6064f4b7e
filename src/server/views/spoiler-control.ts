/**
 * The reader's side of spoiler control (docs/spoilers.md), in the page's <head> on wikis that
 * declare story progress points: the spoiler stylesheet and script, the points for the
 * header's "I've read up to" control, and — from the reader's progress cookie — a style that
 * hides later spoilers from the first paint. That style applies only where scripting runs
 * (`@media (scripting: enabled)`): without a script nothing can be shown again, so nothing
 * is hidden, and each spoiler stays marked as one.
 */
import type { Wiki } from '../../wiki/wiki.ts';
import { loadProgressPoints, progressIndex } from '../../extensions/spoilers/progress-points.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';

export const SPOILER_PROGRESS_COOKIE = 'kagami_spoiler_progress';

/** The reader's progress: a point number (0: nothing read yet), or null for "everything shown". */
export function readerProgress(cookie: string | undefined, points: string[], defaultName: string): number | null {
  if (cookie === 'all') return null;
  if (cookie !== undefined && /^\d{1,4}$/.test(cookie)) {
    const n = Number(cookie);
    return n >= points.length ? null : n;
  }
  const fallback = defaultName ? progressIndex(points, defaultName) : 0;
  return fallback > 0 && fallback < points.length ? fallback : null;
}

/** The CSS that hides spoilers after `progress` (empty when everything is shown). */
export function hidingStyle(progress: number | null, count: number): string {
  if (progress === null) return '';
  const selectors: string[] = [];
  for (let n = progress + 1; n <= count; n++) selectors.push(`[data-spoiler-after="${n}"]`);
  return selectors.length ? `@media (scripting: enabled){${selectors.join(',')}{display:none!important}}` : '';
}

export function spoilerHead(wiki: Wiki, urls: Urls, cookie: string | undefined): SafeHtml | '' {
  const { points } = loadProgressPoints(wiki);
  if (points.length === 0) return '';
  const progress = readerProgress(cookie, points, wiki.config.wgSpoilerDefaultProgress ?? '');
  const style = hidingStyle(progress, points.length);
  return html`<link rel="stylesheet" href="${urls.static('spoilers.css')}">
<script src="${urls.static('spoilers.js')}" defer id="spoiler-script" data-points="${JSON.stringify(points)}" data-progress="${progress === null ? 'all' : String(progress)}"></script>
${style ? html`<style id="spoiler-progress-style">${raw(style)}</style>\n` : ''}`;
}
