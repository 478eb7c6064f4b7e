/**
 * Date and time strings as PHP's DateTime constructor reads them (timelib's formats): ISO and
 * numeric dates, "15 January 2001", "Jan 15, 2001", times with am/pm, "@1234567890", zones
 * ("UTC", "+02:00", "Europe/Paris"), and relative parts ("+1 day", "next monday",
 * "last day of next month", "1 week ago", "tomorrow"). Anything else is an error.
 */
import { makeUtc, wallToUtc, zoneFromAbbreviation, isZoneName, type Zone } from './time-zone.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|i{1,3}|iv|vi{0,3}|ix|xi{0,2})';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)';
const UNIT_RE = '(msec|millisecond|µsec|microsecond|usec|sec|second|min|minute|hour|day|fortnight|forthnight|month|year|week|weekday)s?';
const RELTEXT: Record<string, number> = {
  last: -1, previous: -1, this: 0, next: 1, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

interface State {
  y?: number; m?: number; d?: number;
  h?: number; i?: number; s?: number;
  haveDate: boolean; haveTime: boolean; haveZone: boolean;
  zone?: Zone;
  rel: { y: number; m: number; d: number; h: number; i: number; s: number };
  weekday?: { day: number; amount: number; behavior: 0 | 1 };
  firstLast?: 'first' | 'last';
  timestamp?: number;
}

export interface ParsedDate {
  /** The instant, ms since the epoch. */
  utcMs: number;
  /** The zone written in the string, if any. */
  zone: Zone | null;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const roman = ROMAN.indexOf(n);
  if (roman >= 0) return roman + 1;
  return MONTHS.indexOf(n.slice(0, 3)) + 1;
}

function setTime(st: State, h: number, i: number, s: number, meridian?: string): boolean {
  if (meridian) {
    if (h < 1 || h > 12) return false;
    const pm = meridian[0].toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 24 || i > 59 || s > 60) return false;
  st.h = h;
  st.i = i;
  st.s = s;
  st.haveTime = true;
  return true;
}

function setDate(st: State, y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 0 || d > 31) return false;
  if (y !== undefined) st.y = y;
  st.m = m;
  st.d = d;
  st.haveDate = true;
  return true;
}

function unitAdd(st: State, amount: number, unit: string): void {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u.startsWith('sec')) st.rel.s += amount;
  else if (u.startsWith('min')) st.rel.i += amount;
  else if (u === 'hour') st.rel.h += amount;
  else if (u === 'day' || u === 'weekday') st.rel.d += amount;
  else if (u === 'week') st.rel.d += 7 * amount;
  else if (u === 'fortnight' || u === 'forthnight') st.rel.d += 14 * amount;
  else if (u === 'month') st.rel.m += amount;
  else if (u === 'year') st.rel.y += amount;
}

const year2 = (y: string): number => (y.length <= 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));
const resetTime = (st: State): void => {
  st.h = 0;
  st.i = 0;
  st.s = 0;
  st.haveTime = true;
};

type Rule = [RegExp, (st: State, m: RegExpExecArray) => boolean];
const r = (src: string): RegExp => new RegExp(src, 'iy');

/** The formats, tried in order at each position. */
const rules: Rule[] = [
  [r('@(-?\\d+)(?:\\.\\d+)?'), (st, m) => {
    st.timestamp = Number(m[1]);
    st.zone = { offset: 0, abbr: '+00:00' };
    st.haveDate = st.haveTime = st.haveZone = true;
    return true;
  }],
  [r('(yesterday|today|midnight|tomorrow|noon|now)\\b'), (st, m) => {
    const w = m[1].toLowerCase();
    if (w === 'now') return true;
    if (w === 'noon') return setTime(st, 12, 0, 0);
    resetTime(st);
    if (w === 'yesterday') st.rel.d -= 1;
    if (w === 'tomorrow') st.rel.d += 1;
    return true;
  }],
  [r('(first|last) day of'), (st, m) => {
    st.firstLast = m[1].toLowerCase() as 'first' | 'last';
    return true;
  }],
  // ISO 8601 date, optionally with time: 2008-07-01, 2008-07-01T22:35:17
  [r('([+-]?\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)'), (st, m) => setDate(st, Number(m[1]), Number(m[2]), Number(m[3]))],
  [r('(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)'), (st, m) => setDate(st, Number(m[1]), Number(m[2]), Number(m[3]))],
  [r('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?!\\d)'), (st, m) => setDate(st, year2(m[3]), Number(m[1]), Number(m[2]))],
  [r('(\\d{1,2})/(\\d{1,2})(?![\\d/])'), (st, m) => setDate(st, undefined, Number(m[1]), Number(m[2]))],
  [r('(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})(?!\\d)'), (st, m) => setDate(st, Number(m[3]), Number(m[2]), Number(m[1]))],
  [r('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d:])'), (st, m) => setDate(st, year2(m[3]), Number(m[2]), Number(m[1]))],
  // ISO week date: 2008-W05, 2001-W10-3
  [r('(\\d{4})-?W(\\d{2})(?:-?([0-7]))?(?!\\d)'), (st, m) => {
    const jan4 = new Date(makeUtc(Number(m[1]), 1, 4));
    const day = 4 - (jan4.getUTCDay() || 7) + (Number(m[2]) - 1) * 7 + (m[3] === undefined ? 1 : Number(m[3]));
    return setDate(st, Number(m[1]), 1, 1) && ((st.rel.d += day - 1), true);
  }],
  [r('(\\d{4})(\\d{2})(\\d{2})(?!\\d)'), (st, m) => setDate(st, Number(m[1]), Number(m[2]), Number(m[3]))],
  [r('(\\d{4})-(\\d{1,2})(?![\\d-])'), (st, m) => setDate(st, Number(m[1]), Number(m[2]), 1)],
  // 15 January 2001, 15-Jan-2001, 15 Jan
  [r(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t.-]*${MONTH_RE}\\b[ \\t.,-]*(\\d{4})?(?![\\d:])`), (st, m) =>
    setDate(st, m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1]))],
  // January 2001
  [r(`${MONTH_RE}\\b[ \\t.,-]*(\\d{4})(?![\\d:])`), (st, m) => setDate(st, Number(m[2]), monthNumber(m[1]), 1)],
  // January 15, 2001; Jan 15
  [r(`${MONTH_RE}\\b[ \\t.-]*(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t.,-]+(\\d{4}))?(?![\\d:])`), (st, m) =>
    setDate(st, m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2]))],
  // 2001 January 15 / 2001-Jan-15
  [r(`(\\d{4})[ \\t.-]*${MONTH_RE}\\b[ \\t.-]*(\\d{1,2})(?!\\d)`), (st, m) => setDate(st, Number(m[1]), monthNumber(m[2]), Number(m[3]))],
  [r(`${MONTH_RE}\\b`), (st, m) => {
    st.m = monthNumber(m[1]);
    st.haveDate = true;
    return true;
  }],
  // Times: 22:35, 22:35:17.5, 3:30 pm, T22:35:17
  [r('t?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,:]\\d+)?)?(?:[ \\t]*([ap]\\.?m\\.?)(?![a-z]))?'), (st, m) =>
    setTime(st, Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0, m[4])],
  [r('(\\d{1,2})[ \\t]*([ap]\\.?m\\.?)(?![a-z])'), (st, m) => setTime(st, Number(m[1]), 0, 0, m[2])],
  [r('t(\\d{2})(\\d{2})(\\d{2})?(?!\\d)'), (st, m) => setTime(st, Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0)],
  // A lone four-digit number is a time (HHMM) before any time is set, else a year.
  [r('(\\d{4})(?!\\d)'), (st, m) => {
    if (st.haveTime && st.y === undefined) {
      st.y = Number(m[1]);
      return true;
    }
    if (st.haveTime) return false;
    return setTime(st, Number(m[1].slice(0, 2)), Number(m[1].slice(2)), 0);
  }],
  // Relative: +1 day, -2 weeks, 3 months
  [r(`([+-]?)[ \\t]*(\\d+)[ \\t]*${UNIT_RE}\\b`), (st, m) => {
    unitAdd(st, (m[1] === '-' ? -1 : 1) * Number(m[2]), m[3]);
    return true;
  }],
  [r(`(last|previous|this|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[ \\t]+${DAY_RE}\\b`), (st, m) => {
    const amount = RELTEXT[m[1].toLowerCase()];
    st.weekday = { day: dayNumber(m[2]), amount: amount, behavior: 0 };
    resetTime(st);
    return true;
  }],
  [r(`(last|previous|this|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[ \\t]+${UNIT_RE}\\b`), (st, m) => {
    unitAdd(st, RELTEXT[m[1].toLowerCase()], m[2]);
    return true;
  }],
  [r('ago\\b'), (st) => {
    for (const k of Object.keys(st.rel) as (keyof State['rel'])[]) st.rel[k] = -st.rel[k];
    return true;
  }],
  [r(`${DAY_RE}\\b\\.?`), (st, m) => {
    st.weekday = { day: dayNumber(m[1]), amount: 0, behavior: 1 };
    resetTime(st);
    return true;
  }],
  // Zones
  [r('(?:gmt|utc)?([+-])(\\d{1,2}):?(\\d{2})?(?![\\d])'), (st, m) => {
    if (st.haveZone) return false;
    const secs = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) * (m[1] === '-' ? -1 : 1);
    st.zone = { offset: secs };
    st.haveZone = true;
    return true;
  }],
  [r('([a-z]+(?:/[a-z0-9_+-]+)+)'), (st, m) => {
    if (st.haveZone || !isZoneName(m[1])) return false;
    st.zone = { name: canonicalZoneName(m[1]) };
    st.haveZone = true;
    return true;
  }],
  [r('([a-z]{1,6})\\b'), (st, m) => {
    const zone = zoneFromAbbreviation(m[1]);
    if (st.haveZone || !zone) return false;
    st.zone = zone;
    st.haveZone = true;
    return true;
  }],
];

function dayNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return DAYS.findIndex((d) => d.startsWith(n));
}

function canonicalZoneName(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return name;
  }
}

/** Parses a date string relative to `now`; null when PHP would throw. */
export function parseDate(text: string, now: Date): ParsedDate | null {
  const st: State = { haveDate: false, haveTime: false, haveZone: false, rel: { y: 0, m: 0, d: 0, h: 0, i: 0, s: 0 } };
  let p = 0;
  outer: while (p < text.length) {
    const ch = text[p];
    if (' \t\n\r,'.includes(ch)) {
      p++;
      continue;
    }
    for (const [re, apply] of rules) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m && m[0].length > 0 && apply(st, m)) {
        p += m[0].length;
        continue outer;
      }
    }
    return null;
  }
  return resolve(st, now);
}

function resolve(st: State, now: Date): ParsedDate {
  const zone = st.zone ?? null;
  if (st.timestamp !== undefined) {
    const base = st.timestamp * 1000;
    const t = new Date(base);
    return { utcMs: applyRelative(st, t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), null), zone };
  }
  // "Now" as a wall-clock time in the zone of the string (UTC by default).
  const nowWall = zone ? now.getTime() + offsetAt(zone, now.getTime()) * 1000 : now.getTime();
  const n = new Date(nowWall);
  if (st.haveDate && !st.haveTime) resetTime(st);
  const y = st.y ?? n.getUTCFullYear();
  const mo = st.m ?? n.getUTCMonth() + 1;
  const d = st.d ?? (st.m !== undefined && st.d === undefined && st.haveDate ? n.getUTCDate() : n.getUTCDate());
  const h = st.h ?? n.getUTCHours();
  const i = st.i ?? n.getUTCMinutes();
  const s = st.s ?? n.getUTCSeconds();
  return { utcMs: applyRelative(st, y, mo, d, h, i, s, zone), zone };
}

function offsetAt(zone: Zone, utcMs: number): number {
  return 'offset' in zone ? zone.offset : Math.round((utcMs - wallToUtc(zone, utcMs)) / 1000);
}

function applyRelative(st: State, y: number, mo: number, d: number, h: number, i: number, s: number, zone: Zone | null): number {
  const rel = st.rel;
  y += rel.y;
  mo += rel.m;
  if (st.firstLast === 'first') d = 1;
  else if (st.firstLast === 'last') d = new Date(makeUtc(y, mo + 1, 0)).getUTCDate();
  let wall = makeUtc(y, mo, d + rel.d, h + rel.h, i + rel.i, s + rel.s);
  if (st.weekday) wall = applyWeekday(wall, st.weekday);
  return zone ? wallToUtc(zone, wall) : wall;
}

/** Moves to a weekday: behavior 1 ("monday") allows today; amounts count weeks from there. */
function applyWeekday(wall: number, wd: { day: number; amount: number; behavior: 0 | 1 }): number {
  const DAY = 86400000;
  const current = new Date(wall).getUTCDay();
  let diff = (wd.day - current + 7) % 7;
  if (wd.behavior === 0) {
    if (wd.amount > 0) {
      if (diff === 0) diff = 7;
      diff += (wd.amount - 1) * 7;
    } else if (wd.amount < 0) {
      diff = diff === 0 ? -7 : diff - 7;
      diff += (wd.amount + 1) * 7;
    }
  }
  return wall + diff * DAY;
}
