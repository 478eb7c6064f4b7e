/**
 * The wikitext {{#pagedata:}} gives for its matches: a sortable wikitable (the page, then a
 * column per field, headed by the field name), a bulleted list of links, or the count.
 * Values are plain text, kept from being read as wikitext; a value's lines are joined with
 * line breaks.
 */
import { numericValue, type PageDataMatch } from '../../core/page-data.ts';
import type { Title } from '../../core/title.ts';
import type { PageDataRequest } from './query-args.ts';

export interface ResultRow {
  title: Title;
  match: PageDataMatch;
}

/** Orders the rows by the sort field (numerically when both values are numbers), then title. */
export function sortRows(rows: ResultRow[], sort: string, descending: boolean): ResultRow[] {
  const byTitle = (a: ResultRow, b: ResultRow) => compareText(a.title.prefixedText, b.title.prefixedText);
  const compare = (a: ResultRow, b: ResultRow): number => {
    if (sort === '') return byTitle(a, b);
    const x = a.match.fields[sort];
    const y = b.match.fields[sort];
    if (x === undefined || y === undefined) return x === y ? byTitle(a, b) : x === undefined ? 1 : -1;
    const nx = numericValue(x);
    const ny = numericValue(y);
    const c = nx !== null && ny !== null ? nx - ny : compareText(x.toLowerCase(), y.toLowerCase());
    return c !== 0 ? c : byTitle(a, b);
  };
  const sorted = [...rows].sort(compare);
  return descending ? sorted.reverse() : sorted;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain text as wikitext that shows exactly that text. */
export function literal(text: string): string {
  return text
    .split('\n')
    .map((line) => `<nowiki>${line.replace(/<\/nowiki>/gi, '&lt;/nowiki>')}</nowiki>`)
    .join('<br />');
}

function link(title: Title): string {
  return `[[:${title.prefixedText}|${title.prefixedText}]]`;
}

export function renderResults(rows: ResultRow[], request: PageDataRequest): string {
  if (request.format === 'count') return String(rows.length);
  if (request.format === 'list') return rows.map((r) => `* ${link(r.title)}`).join('\n');
  const lines = ['{| class="wikitable sortable pagedata-table"', `! Page${request.fields.map((f) => ` !! ${literal(f)}`).join('')}`];
  for (const r of rows) {
    lines.push('|-');
    lines.push(`| ${link(r.title)}${request.fields.map((f) => ` || ${r.match.fields[f] !== undefined ? literal(r.match.fields[f]) : ''}`).join('')}`);
  }
  lines.push('|}');
  return lines.join('\n');
}
