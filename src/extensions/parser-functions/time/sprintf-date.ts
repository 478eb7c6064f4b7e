/**
 * MediaWiki's Language::sprintfDate: PHP date() format codes plus MediaWiki's own (xn, xN,
 * xr, xg, xx), quoted literals and backslash escapes, over a wall-clock time in a zone.
 */
import { formatOffset, makeUtc, zoneNames, zoneOffset, type Zone } from './time-zone.ts';
import { dateNames } from './date-names.ts';
import { romanNumeral } from './roman-numeral.ts';
import { hijriMonths, IRANIAN_DAYS, iranianMonths, toHijri, toIranian } from './calendars.ts';

export interface DateInput {
  /** The wall-clock time, as a UTC-based Date holding the local fields. */
  wall: Date;
  /** The instant, ms since the epoch. */
  utcMs: number;
  zone: Zone;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function dayOfYear(w: Date): number {
  const jan1 = new Date(0);
  jan1.setUTCFullYear(w.getUTCFullYear(), 0, 1);
  jan1.setUTCHours(0, 0, 0, 0);
  const day = new Date(w.getTime());
  day.setUTCHours(0, 0, 0, 0);
  return Math.round((day.getTime() - jan1.getTime()) / 86400000);
}

/** ISO-8601 week number and week-numbering year. */
function isoWeek(w: Date): { week: number; year: number } {
  const d = new Date(w.getTime());
  d.setUTCHours(0, 0, 0, 0);
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const year = d.getUTCFullYear();
  return { week: Math.floor(dayOfYear(d) / 7) + 1, year };
}

/** PHP date() codes that MediaWiki takes from a DateTime object. */
function phpDateCode(code: string, input: DateInput): string {
  const w = input.wall;
  const offset = zoneOffset(input.zone, input.utcMs);
  const en = dateNames('en');
  switch (code) {
    case 'w': return String(w.getUTCDay());
    case 'N': return String(w.getUTCDay() || 7);
    case 'z': return String(dayOfYear(w));
    case 'W': return pad(isoWeek(w).week);
    case 'o': return String(isoWeek(w).year);
    case 't': return String(new Date(makeUtc(w.getUTCFullYear(), w.getUTCMonth() + 2, 0)).getUTCDate());
    case 'L': return isLeap(w.getUTCFullYear()) ? '1' : '0';
    case 'U': return String(Math.floor(input.utcMs / 1000));
    case 'Z': return String(offset);
    case 'I': return 'name' in input.zone && offset !== standardOffset(input) ? '1' : '0';
    case 'O': return formatOffset(offset, false);
    case 'P': return formatOffset(offset, true);
    case 'e': return zoneNames(input.zone, input.utcMs).e;
    case 'T': return zoneNames(input.zone, input.utcMs).T;
    case 'c': return `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}${formatOffset(offset, true)}`;
    case 'r': return `${en.weekdayAbbrev[w.getUTCDay()]}, ${pad(w.getUTCDate())} ${en.monthAbbrev[w.getUTCMonth()]} ${pad(w.getUTCFullYear(), 4)} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())} ${formatOffset(offset, false)}`;
  }
  return '';
}

/** The zone's offset in January and July; the smaller is standard time. */
function standardOffset(input: DateInput): number {
  const y = input.wall.getUTCFullYear();
  const jan = zoneOffset(input.zone, Date.UTC(y, 0, 1));
  const jul = zoneOffset(input.zone, Date.UTC(y, 6, 1));
  return Math.min(jan, jul);
}

/** Formats a date like MediaWiki's Language::sprintfDate. */
export function sprintfDate(format: string, input: DateInput, language = 'en'): string {
  const names = dateNames(language);
  const w = input.wall;
  let s = '';
  let raw = false;
  let rawToggle = false;
  let roman = false;
  const ymd = (): [number, number, number] => [w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate()];
  let iranian: ReturnType<typeof toIranian> | null = null;
  let hijri: ReturnType<typeof toHijri> | null = null;
  const ir = () => (iranian ??= toIranian(...ymd()));
  const hi = () => (hijri ??= toHijri(...ymd()));
  for (let p = 0; p < format.length; p++) {
    let num: string | number | false = false;
    let code = format[p];
    if (code === 'x' && p < format.length - 1) code += format[++p];
    if (/^x[ijkmot]$/.test(code) && p < format.length - 1) code += format[++p];
    const h = w.getUTCHours();
    switch (code) {
      case 'xx': s += 'x'; break;
      case 'xn': raw = true; break;
      case 'xN': rawToggle = !rawToggle; break;
      case 'xr': roman = true; break;
      case 'xh': break;
      case 'xg': s += names.monthGenitive[w.getUTCMonth()]; break;
      case 'd': num = pad(w.getUTCDate()); break;
      case 'D': s += names.weekdayAbbrev[w.getUTCDay()]; break;
      case 'j': num = w.getUTCDate(); break;
      case 'l': s += names.weekday[w.getUTCDay()]; break;
      case 'F': s += names.month[w.getUTCMonth()]; break;
      case 'm': num = pad(w.getUTCMonth() + 1); break;
      case 'M': s += names.monthAbbrev[w.getUTCMonth()]; break;
      case 'n': num = w.getUTCMonth() + 1; break;
      case 'Y': num = pad(w.getUTCFullYear(), 4); break;
      case 'y': num = pad(w.getUTCFullYear(), 4).slice(2, 4); break;
      case 'xkY': num = w.getUTCFullYear() + 543; break;
      case 'xij': num = ir()[2]; break;
      case 'xiF': s += iranianMonths[ir()[1] - 1]; break;
      case 'xin': num = ir()[1]; break;
      case 'xiY': num = ir()[0]; break;
      case 'xiy': num = String(ir()[0]).slice(-2); break;
      case 'xit': num = IRANIAN_DAYS[ir()[1] - 1]; break;
      case 'xiz': num = ir()[3]; break;
      case 'xmj': num = hi()[2]; break;
      case 'xmF': s += hijriMonths[hi()[1] - 1]; break;
      case 'xmn': num = hi()[1]; break;
      case 'xmY': num = hi()[0]; break;
      case 'xoY': num = w.getUTCFullYear() - 1911; break;
      case 'a': s += h < 12 ? 'am' : 'pm'; break;
      case 'A': s += h < 12 ? 'AM' : 'PM'; break;
      case 'g': num = h % 12 || 12; break;
      case 'G': num = h; break;
      case 'h': num = pad(h % 12 || 12); break;
      case 'H': num = pad(h); break;
      case 'i': num = pad(w.getUTCMinutes()); break;
      case 's': num = pad(w.getUTCSeconds()); break;
      case 'c': case 'r': case 'e': case 'O': case 'P': case 'T':
        s += phpDateCode(code, input);
        break;
      case 'w': case 'N': case 'z': case 'W': case 't': case 'L': case 'o': case 'U': case 'I': case 'Z':
        num = phpDateCode(code, input);
        break;
      case '\\':
        s += p < format.length - 1 ? format[++p] : '\\';
        break;
      case '"': {
        const end = p < format.length - 1 ? format.indexOf('"', p + 1) : -1;
        if (end < 0) s += '"';
        else {
          s += format.slice(p + 1, end);
          p = end;
        }
        break;
      }
      default:
        // Unknown codes (and the calendar codes not supported here) print their last character.
        s += format[p];
    }
    if (num !== false) {
      if (rawToggle || raw) {
        s += num;
        raw = false;
      } else if (roman) {
        s += romanNumeral(Number(num));
        roman = false;
      } else {
        s += names.formatNum(String(num));
      }
    }
  }
  return s;
}
