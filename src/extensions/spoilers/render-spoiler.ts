/**
 * What `<spoiler after="…">` and `{{#spoiler:…|…}}` become. The output is the same for every
 * reader (cacheable): an element carrying the progress point's number, which the reader's
 * setting hides or shows in the browser (docs/spoilers.md).
 *
 * - inline content → `<span class="spoiler" data-spoiler-after="N">…</span>` (wikitext, so
 *   the content is parsed in the page's context like any other inline markup);
 * - content with a line break → `<div class="spoiler" data-spoiler-after="N">…</div>`, whose
 *   lines get paragraphs and lists as a `<div>` in wikitext does;
 * - no content → a section marker: the section it stands in is hidden (see spoiler-sections.ts).
 */
import { escapeHtml } from '../../core/html-entities.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { progressIndex, progressPointsFor } from './progress-points.ts';

export const SPOILER_ERROR_CATEGORY = 'Pages_with_spoiler_errors';
export const SECTION_MARKER_CLASS = 'spoiler-section-marker';

export type SpoilerOutput = { kind: 'wikitext' | 'html'; text: string };

/** Resolves a progress name to its number, or renders the error and tracks the page. */
export function resolveProgress(ctx: ParseContext, name: string | undefined): number | SpoilerOutput {
  const points = progressPointsFor(ctx);
  const wanted = (name ?? '').trim();
  let message: string | null = null;
  if (wanted === '') message = 'Spoiler error: no story progress given (use after="…" with one of the points in MediaWiki:Spoiler-progress).';
  else if (points.length === 0) message = `Spoiler error: "${wanted}" is not a story progress point; this wiki declares none (MediaWiki:Spoiler-progress).`;
  else if (progressIndex(points, wanted) === 0) message = `Spoiler error: "${wanted}" is not a story progress point. Known points: ${points.join(', ')}.`;
  if (message === null) return progressIndex(points, wanted);
  ctx.output.addDiagnostic('spoiler-unknown-progress', message);
  ctx.output.addCategory(SPOILER_ERROR_CATEGORY, '');
  ctx.output.trackingCategories.add(SPOILER_ERROR_CATEGORY);
  return { kind: 'html', text: `<strong class="error">${escapeHtml(message)}</strong>` };
}

/**
 * The spoiler for already expanded `content` (null: a section marker). The caller has
 * expanded templates in the content; the result is parsed further as wikitext.
 */
export function renderSpoiler(ctx: ParseContext, after: string | undefined, content: string | null): SpoilerOutput {
  const n = resolveProgress(ctx, after);
  if (typeof n !== 'number') return n;
  if (content === null) return { kind: 'html', text: `<span class="${SECTION_MARKER_CLASS}" data-spoiler-after="${n}"></span>` };
  if (content.includes('\n')) {
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '');
    return { kind: 'wikitext', text: `<div class="spoiler spoiler-block" data-spoiler-after="${n}">\n${body}\n</div>` };
  }
  return { kind: 'wikitext', text: `<span class="spoiler spoiler-inline" data-spoiler-after="${n}">${content}</span>` };
}
