/**
 * Time zones for #time: fixed offsets and abbreviations ("+02:00", "EST") and IANA zone
 * names ("Europe/Paris", resolved with the platform's tz database through Intl).
 */

/** A zone: a fixed offset in seconds east of UTC, or an IANA name. */
export type Zone = { offset: number; abbr?: string } | { name: string };

/** Abbreviations PHP knows, with their offsets in hours (the common ones). */
const abbreviations: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, ut: 0, wet: 0, west: 1, bst: 1, cet: 1, cest: 2, met: 1, mest: 2,
  eet: 2, eest: 3, msk: 3, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6,
  pst: -8, pdt: -7, akst: -9, akdt: -8, hst: -10, jst: 9, kst: 9, aest: 10, aedt: 11,
  acst: 9.5, awst: 8, nzst: 12, nzdt: 13, ist: 2, sast: 2, wat: 1, cat: 2, eat: 3,
};

export function zoneFromAbbreviation(abbr: string): Zone | null {
  const h = abbreviations[abbr.toLowerCase()];
  return h === undefined ? null : { offset: h * 3600, abbr: abbr.toUpperCase() };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(name: string): Intl.DateTimeFormat | null {
  let f = formatters.get(name);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
      });
    } catch {
      f = null;
    }
    formatters.set(name, f);
  }
  return f;
}

/** Whether the platform knows this IANA zone name. */
export function isZoneName(name: string): boolean {
  return /\//.test(name) || name.toUpperCase() === 'UTC' ? formatter(name) !== null : false;
}

/** Offset (seconds east of UTC) of a zone at a UTC instant (ms). */
export function zoneOffset(zone: Zone, utcMs: number): number {
  if ('offset' in zone) return zone.offset;
  const f = formatter(zone.name);
  if (!f) return 0;
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = makeUtc(year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 1000);
}

/** The UTC instant (ms) of a wall-clock time in a zone. */
export function wallToUtc(zone: Zone, wallMs: number): number {
  const first = wallMs - zoneOffset(zone, wallMs) * 1000;
  const second = wallMs - zoneOffset(zone, first) * 1000;
  return second;
}

/** The abbreviation PHP prints for format 'T' and the name for 'e'. */
export function zoneNames(zone: Zone, utcMs: number): { e: string; T: string } {
  if ('name' in zone) {
    if (zone.name.toUpperCase() === 'UTC') return { e: 'UTC', T: 'UTC' };
    try {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone.name, timeZoneName: 'short' }).formatToParts(new Date(utcMs));
      const short = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
      const abbr = /^GMT[+-]/.test(short) ? formatOffset(zoneOffset(zone, utcMs), false).replace(/00$/, '').replace(/^([+-])0?/, '$1') : short;
      return { e: zone.name, T: abbr };
    } catch {
      return { e: zone.name, T: zone.name };
    }
  }
  const o = formatOffset(zone.offset, true);
  return { e: zone.abbr && zone.abbr !== 'Z' ? zone.abbr : o, T: zone.abbr && zone.abbr !== 'Z' ? zone.abbr : zone.abbr === 'Z' ? 'Z' : o };
}

/** "+0200" or, with a colon, "+02:00". */
export function formatOffset(seconds: number, colon: boolean): string {
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const h = String(Math.floor(a / 3600)).padStart(2, '0');
  const m = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  return `${sign}${h}${colon ? ':' : ''}${m}`;
}

/** Date.UTC for any year (Date.UTC maps years 0–99 to 1900–1999). */
export function makeUtc(y: number, mon: number, d: number, h = 0, i = 0, s = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mon - 1, d);
  date.setUTCHours(h, i, s, 0);
  return date.getTime();
}
