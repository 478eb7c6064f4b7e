/**
 * == Heading == lines to <hN> (handleHeadings). The heading marker the preprocessor put
 * after the leading '=' stays inside, for formatHeadings to number the section.
 */
import type { Pass } from '../pipeline.ts';
import type { ParseContext } from '../parse-context.ts';
import { headingMarker, headingMarkerSource, headingRecords } from './heading-markers.ts';

const patterns = [6, 5, 4, 3, 2, 1].map((level) => {
  const eq = '='.repeat(level);
  // Only spaces and tabs are trimmed inside; a heading may swallow the line break after it.
  return { level, re: new RegExp(`^${eq}[ \\t]*([^\\n]+?)[ \\t]*${eq}[ \\t\\n\\v\\f\\r]*$`, 'gm') };
});

const startsWithMarker = new RegExp(`^${headingMarkerSource}`);
const headingMarkers = new RegExp(headingMarkerSource, 'g');

/**
 * Turns heading lines into <hN>. In a parse, only the headings the preprocessor marked are
 * sections (with edit links); a heading line it did not see as one (after a comment or
 * <noinclude> on its line, inside an unclosed {{) stays unmarked, as in MediaWiki. With
 * `markUnmarked` (text that was never preprocessed) and a context whose preprocessor marked
 * no heading, each heading line is marked here as a section of the page, in order.
 */
export function handleHeadings(text: string, ctx?: ParseContext, markUnmarked = true): string {
  const records = ctx ? headingRecords(ctx) : null;
  const markHere = markUnmarked && records !== null && records.length === 0;
  let out = text;
  for (const { level, re } of patterns) {
    out = out.replace(re, (_, inner: string) => {
      if (markHere && ctx && !startsWithMarker.test(inner)) {
        const serial = records.length;
        records.push({ titleText: ctx.title.prefixedDBKey, sectionIndex: 0 });
        inner = headingMarker(serial) + inner;
      }
      return `<h${level}>${inner}</h${level}>`;
    });
  }
  if (markHere && records.length > 0) numberInTextOrder(out, records);
  return out;
}

/** Section indexes follow the order of the headings in the text, not of the levels. */
function numberInTextOrder(text: string, records: { sectionIndex: number }[]): void {
  let index = 0;
  for (const m of text.matchAll(headingMarkers)) {
    const r = records[Number(m[1])];
    if (r) r.sectionIndex = ++index;
  }
}

export const headings: Pass = {
  name: 'headings',
  run: (text, ctx) => handleHeadings(text, ctx, false),
};
