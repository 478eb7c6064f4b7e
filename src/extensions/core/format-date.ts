/**
 * {{#formatdate:date|format}} (MediaWiki's DateFormatter, English): a whole date in ISO,
 * day-month, month-day or year-month-day order is rewritten in the requested order (or kept
 * as written by default) inside <span class="mw-formatted-date" title="ISO date">.
 */
import type { ParserFunctionDefinition } from '../extension.ts';
import { monthNames } from './clock.ts';
import { plainHash } from './plain-function.ts';

const month = `(${monthNames.join('|')}|${monthNames.map((m) => m.slice(0, 3)).join('|')})`;
const patterns: Array<{ re: RegExp; parts: (m: RegExpExecArray) => { y?: string; m: number; d: number } }> = [
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, parts: (m) => ({ y: m[1], m: Number(m[2]), d: Number(m[3]) }) },
  { re: new RegExp(`^(\\d{1,2}) ${month} (\\d{1,4})$`, 'i'), parts: (m) => ({ y: m[3], m: monthIndex(m[2]), d: Number(m[1]) }) },
  { re: new RegExp(`^${month} (\\d{1,2}),? (\\d{1,4})$`, 'i'), parts: (m) => ({ y: m[3], m: monthIndex(m[1]), d: Number(m[2]) }) },
  { re: new RegExp(`^(\\d{1,4}) ${month} (\\d{1,2})$`, 'i'), parts: (m) => ({ y: m[1], m: monthIndex(m[2]), d: Number(m[3]) }) },
  { re: new RegExp(`^(\\d{1,2}) ${month}$`, 'i'), parts: (m) => ({ m: monthIndex(m[2]), d: Number(m[1]) }) },
  { re: new RegExp(`^${month} (\\d{1,2})$`, 'i'), parts: (m) => ({ m: monthIndex(m[1]), d: Number(m[2]) }) },
];

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return monthNames.findIndex((m) => m.toLowerCase() === lower || m.slice(0, 3).toLowerCase() === lower) + 1;
}

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0');

export function formatDate(text: string, pref: string): string {
  const date = text.trim();
  for (const { re, parts } of patterns) {
    const m = re.exec(date);
    if (!m) continue;
    const { y, m: mon, d } = parts(m);
    if (mon < 1 || mon > 12 || d < 1 || d > 31) return date;
    const name = monthNames[mon - 1];
    const iso = y ? `${pad(y, 4)}-${pad(mon)}-${pad(d)}` : `${pad(mon)}-${pad(d)}`;
    let out: string;
    switch (pref.toLowerCase()) {
      case 'mdy':
        out = y ? `${name} ${d}, ${y}` : `${name} ${d}`;
        break;
      case 'dmy':
        out = y ? `${d} ${name} ${y}` : `${d} ${name}`;
        break;
      case 'ymd':
        out = y ? `${y} ${name} ${d}` : `${name} ${d}`;
        break;
      case 'iso 8601':
      case 'iso8601':
        out = y ? iso : date;
        break;
      default:
        out = date;
    }
    return `<span class="mw-formatted-date" title="${iso}">${out}</span>`;
  }
  return date;
}

export const formatDateFunction: Record<string, ParserFunctionDefinition> = {
  formatdate: plainHash((_ctx, [date, pref]) => formatDate(date, pref ?? ''), { aliases: ['dateformat'] }),
};
