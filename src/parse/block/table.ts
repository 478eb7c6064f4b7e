/**
 * Wikitext tables ({| |- | || ! !! |+ |}) to HTML tables (MediaWiki's handleTables).
 * Works line by line with one stack entry per open table; the HTML is left for tidy to
 * balance (cells outside rows, text outside cells ...), as in MediaWiki.
 */
import type { Pass } from '../pipeline.ts';
import type { ParseContext } from '../parse-context.ts';
import { sanitizeTagAttributes } from '../../sanitize/tag-attributes.ts';
import { phpRtrim, phpTrim } from './php-trim.ts';
import { unstripBoth } from './strip-access.ts';

interface OpenTable {
  /** A cell (td, th or caption) is open. */
  cellOpen: boolean;
  /** The tag of the open cell. */
  lastTag: string;
  /** A <tr> is open. */
  rowOpen: boolean;
  /** Attributes of the row to open at the next cell (from `|-`). */
  rowAttributes: string;
  /** Some row was opened (else an empty table gets a filler row). */
  hasOpenedRow: boolean;
}

const tableStart = /^(:*)[ \t\n\r\f\v]*\{\|(.*)$/;

/** '!!' to '||' outside of HTML tags (StringUtils::replaceMarkup). */
function headerSeparators(line: string): string {
  return line.replace(/(<[^>]*>)|!!/g, (m, tag?: string) => tag ?? '||');
}

function fixAttributes(ctx: ParseContext | undefined, text: string, element: string): string {
  const attrs = unstripBoth(ctx, text);
  if (phpTrim(attrs) === '') return '';
  return sanitizeTagAttributes(element, attrs);
}

function cellLines(t: OpenTable, ctx: ParseContext | undefined, line: string): string {
  let kind = line[0];
  let rest: string;
  if (line.startsWith('|+')) {
    kind = '+';
    rest = line.slice(2);
  } else {
    rest = line.slice(1);
  }
  if (kind === '!') rest = headerSeparators(rest);
  let out = '';
  for (const cell of rest.split('||')) {
    let previous = '';
    if (kind !== '+') {
      const rowAttrs = t.rowAttributes;
      if (!t.rowOpen) previous = `<tr${rowAttrs}>\n`;
      t.rowOpen = true;
      t.rowAttributes = '';
      t.hasOpenedRow = true;
    }
    if (t.cellOpen) previous = `</${t.lastTag}>\n${previous}`;
    const tag = kind === '|' ? 'td' : kind === '!' ? 'th' : 'caption';
    t.lastTag = tag;
    const bar = cell.indexOf('|');
    const params = bar < 0 ? cell : cell.slice(0, bar);
    if (/\[\[|-\{/.test(params)) {
      // A '|' inside a link or language-converter markup does not end the attributes.
      out += `${previous}<${tag}>${phpTrim(cell)}`;
    } else if (bar < 0) {
      out += `${previous}<${tag}>${phpTrim(cell)}`;
    } else {
      out += `${previous}<${tag}${fixAttributes(ctx, params, tag)}>${phpTrim(cell.slice(bar + 1))}`;
    }
    t.cellOpen = true;
  }
  return out;
}

function closeTable(t: OpenTable): string {
  let line = '';
  if (t.cellOpen) line += `</${t.lastTag}>`;
  if (t.rowOpen) line += '</tr>';
  if (!t.hasOpenedRow) line += '<tr><td></td></tr>';
  return line;
}

const emptyTable = '<table>\n<tr><td></td></tr>\n</table>';

export function handleTables(text: string, ctx?: ParseContext): string {
  // No table opens without '{|': every line would be kept as it is (recursive parses of
  // short messages take this path).
  if (!text.includes('{|')) return text === emptyTable ? '' : text;
  const stack: OpenTable[] = [];
  let indentLevel = 0;
  let out = '';
  for (const rawLine of text.split('\n')) {
    let outLine = rawLine;
    const line = phpTrim(rawLine);
    if (line === '') {
      out += rawLine + '\n';
      continue;
    }
    const start = tableStart.exec(line);
    const top = stack[stack.length - 1];
    if (start) {
      indentLevel = start[1].length;
      outLine = '<dl><dd>'.repeat(indentLevel) + `<table${fixAttributes(ctx, start[2], 'table')}>`;
      stack.push({ cellOpen: false, lastTag: '', rowOpen: false, rowAttributes: '', hasOpenedRow: false });
    } else if (!top) {
      out += rawLine + '\n';
      continue;
    } else if (line.startsWith('|}')) {
      stack.pop();
      const closed = closeTable(top) + '</table>' + line.slice(2);
      outLine = indentLevel > 0 ? phpRtrim(closed) + '</dd></dl>'.repeat(indentLevel) : closed;
    } else if (line.startsWith('|-')) {
      top.rowAttributes = fixAttributes(ctx, line.replace(/^\|-+/, ''), 'tr');
      top.hasOpenedRow = true;
      outLine = (top.cellOpen ? `</${top.lastTag}>` : '') + (top.rowOpen ? '</tr>' : '');
      top.rowOpen = false;
      top.cellOpen = false;
      top.lastTag = '';
    } else if (line[0] === '|' || line[0] === '!') {
      outLine = cellLines(top, ctx, line);
    }
    out += outLine + '\n';
  }
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.cellOpen) out += `</${t.lastTag}>\n`;
    if (t.rowOpen) out += '</tr>\n';
    if (!t.hasOpenedRow) out += '<tr><td></td></tr>\n';
    out += '</table>\n';
  }
  if (out.endsWith('\n')) out = out.slice(0, -1);
  // An empty table is dropped.
  if (out === emptyTable) return '';
  return out;
}

export const tables: Pass = {
  name: 'tables',
  run: (text, ctx) => handleTables(text, ctx),
};
