/**
 * Heading markers: the preprocessor (or, for text it did not mark, the heading pass) puts
 * `MARKER_PREFIX-h-N-MARKER_SUFFIX` after the leading '=' of each wikitext heading, and
 * records entry N: the page the heading came from and its section index. formatHeadings
 * reads them to number sections; headings written as HTML have none.
 */
import type { ParseContext } from '../parse-context.ts';

export const HEADING_MARKER_PREFIX = "\x7f'\"`UNIQ-";
export const HEADING_MARKER_SUFFIX = "-QINU`\"'\x7f";
export const headingMarkerSource = "\\x7f'\"`UNIQ--h-(\\d+)--QINU`\"'\\x7f";

export interface HeadingRecord {
  /** Prefixed DB key of the page the heading is written on. */
  titleText: string;
  /** Section index on that page (1-based). */
  sectionIndex: number;
}

/** The per-parse list of headings, indexed by marker serial. */
export function headingRecords(ctx: ParseContext): HeadingRecord[] {
  return ctx.getState<HeadingRecord[]>('headings', () => []);
}

export function headingMarker(serial: number): string {
  return `${HEADING_MARKER_PREFIX}-h-${serial}-${HEADING_MARKER_SUFFIX}`;
}
