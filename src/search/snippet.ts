/**
 * Result snippets, built here rather than by the database so both backends show the same:
 * up to three passages around the first matches, each query word wrapped in
 * <span class="searchmatch"> as MediaWiki's search results mark them, HTML-escaped. A page
 * matched only by its title shows its opening text.
 */
import { escapeHtml } from '../core/html-entities.ts';
import type { QueryTerm } from './search-query.ts';
import { words } from './search-tokens.ts';

export interface SnippetOptions {
  /** Passages shown at most. */
  passages?: number;
  /** Characters of context on each side of a match. */
  context?: number;
  /** Length of the opening text shown when nothing matches. */
  opening?: number;
}

type Matcher = (word: string) => boolean;

function matcher(terms: QueryTerm[]): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    term.words.forEach((w, i) => (term.prefix && i === term.words.length - 1 ? prefixes.push(w) : exact.add(w)));
  }
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

/** The text with every matching word marked (titles). */
export function highlightAll(text: string, terms: QueryTerm[]): string {
  return mark(text, 0, text.length, [...matches(text, matcher(terms), Infinity)]);
}

/** Passages of the text around the matches, marked, or its opening when none matches. */
export function snippet(text: string, terms: QueryTerm[], opts: SnippetOptions = {}): string {
  const passages = opts.passages ?? 3;
  const context = opts.context ?? 60;
  const windows: Array<[number, number]> = [];
  const found: Array<{ start: number; end: number }> = [];
  // Reads the text only as far as the last passage reaches.
  for (const m of matches(text, matcher(terms), Infinity)) {
    const last = windows[windows.length - 1];
    if (last && m.end <= last[1]) { found.push(m); continue; }
    if (windows.length >= passages) break;
    const start = wordBoundary(text, m.start - context, -1);
    const end = wordBoundary(text, m.end + context, 1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    found.push(m);
  }
  if (found.length === 0) {
    const opening = opts.opening ?? 150;
    const end = text.length <= opening ? text.length : wordBoundary(text, opening, 1);
    return collapse(escapeHtml(text.slice(0, end))) + (end < text.length ? ' …' : '');
  }
  const parts = windows.map(([s, e]) => mark(text, s, e, found.filter((m) => m.start >= s && m.end <= e)));
  const lead = windows[0][0] > 0 ? '… ' : '';
  const tail = windows[windows.length - 1][1] < text.length ? ' …' : '';
  return lead + parts.join(' … ') + tail;
}

function* matches(text: string, isMatch: Matcher, max: number): Generator<{ start: number; end: number }> {
  let n = 0;
  for (const w of words(text)) {
    if (!isMatch(w.word)) continue;
    yield w;
    if (++n >= max) return;
  }
}

function mark(text: string, start: number, end: number, found: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = start;
  for (const m of found) {
    out += escapeHtml(text.slice(at, m.start)) + `<span class="searchmatch">${escapeHtml(text.slice(m.start, m.end))}</span>`;
    at = m.end;
  }
  return collapse(out + escapeHtml(text.slice(at, end)));
}

/** The nearest whitespace from `at` going in `direction` (the text's ends included). */
function wordBoundary(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  let i = at;
  while (i > 0 && i < text.length && !/\s/.test(text[i])) i += direction;
  return i;
}

function collapse(html: string): string {
  return html.replace(/\s+/g, ' ').trim();
}
