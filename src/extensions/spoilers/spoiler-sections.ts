/**
 * Section spoilers, after tidying: a heading followed by `<spoiler after="Part 3"/>` hides
 * its section. The marker is removed, the heading and everything up to the next heading of
 * the same or a higher level (or the end of the enclosing element) are wrapped in
 * `<div class="spoiler spoiler-section" data-spoiler-after="N">`, and the section's TOC entry
 * gets the same data-spoiler-after so that the TOC hides it too.
 */
import { SECTION_MARKER_CLASS } from './render-spoiler.ts';

const marker = new RegExp(`<span class="${SECTION_MARKER_CLASS}" data-spoiler-after="(\\d+)"></span>`);
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

export function wrapSpoilerSections(html: string): string {
  let out = html;
  for (let m = marker.exec(out); m; m = marker.exec(out)) {
    const after = m[1];
    const without = removeMarker(out, m.index, m[0].length);
    out = without.html;
    const heading = headingBefore(out, without.at);
    if (!heading) continue;
    const end = sectionEnd(out, heading.start, heading.level);
    const section = out.slice(heading.start, end);
    out = `${out.slice(0, heading.start)}<div class="spoiler spoiler-section" data-spoiler-after="${after}">${section}</div>${out.slice(end)}`;
    if (heading.id) out = markTocEntry(out, heading.id, after);
  }
  return out;
}

/** Removes the marker, and the paragraph it leaves empty. */
function removeMarker(html: string, at: number, length: number): { html: string; at: number } {
  let start = at;
  let end = at + length;
  const before = /<p>\s*$/.exec(html.slice(Math.max(0, start - 8), start));
  const after = /^\s*<\/p>\n?/.exec(html.slice(end, end + 12));
  if (before && after) {
    start -= before[0].length;
    end += after[0].length;
  } else if (html[end] === '\n') {
    end++;
  }
  return { html: html.slice(0, start) + html.slice(end), at: start };
}

/** The last heading that closes before `at`, with its level and anchor. */
function headingBefore(html: string, at: number): { start: number; level: number; id: string | null } | null {
  const text = html.slice(0, at);
  const open = /<h([1-6])\b[^>]*>/g;
  let found: { start: number; level: number; id: string | null } | null = null;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = text.indexOf(`</h${m[1]}>`, m.index);
    if (close < 0) continue;
    const inner = text.slice(m.index, close);
    if (inner.includes('id="mw-toc-heading"') || m[0].includes('id="mw-toc-heading"')) continue;
    const id = /<span class="mw-headline" id="([^"]*)"/.exec(inner);
    found = { start: m.index, level: Number(m[1]), id: id ? id[1] : null };
  }
  return found;
}

/** Where the section of a heading at `start` ends: the next heading of level ≤ `level` at the same depth, or its parent's end. */
function sectionEnd(html: string, start: number, level: number): number {
  tagPattern.lastIndex = start;
  let depth = 0;
  let first = true;
  for (let m = tagPattern.exec(html); m; m = tagPattern.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing && !first && depth === 0 && /^h[1-6]$/.test(name) && Number(name[1]) <= level) return m.index;
    first = false;
    if (voidTags.has(name) || m[3] === '/') continue;
    if (closing) {
      depth--;
      if (depth < 0) return m.index;
    } else {
      depth++;
    }
  }
  return html.length;
}

function markTocEntry(html: string, id: string, after: string): string {
  const hrefs = new Set([id, encodeURIComponent(id)]);
  const entry = /<li class="(toclevel-\d+ tocsection-[^"]*)"><a href="#([^"]*)"/g;
  return html.replace(entry, (all, cls: string, href: string) =>
    hrefs.has(href) ? `<li class="${cls}" data-spoiler-after="${after}"><a href="#${href}"` : all);
}
