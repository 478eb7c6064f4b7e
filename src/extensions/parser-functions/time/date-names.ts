/**
 * Month and weekday names for #time: English as MediaWiki's messages have them, other
 * languages from the platform's CLDR data (Intl), which MediaWiki's translations mostly match.
 */
export interface DateNames {
  month: string[];
  monthGenitive: string[];
  monthAbbrev: string[];
  weekday: string[];
  weekdayAbbrev: string[];
  /** Digits in the language's script (formatNumNoSeparators). */
  formatNum(n: string): string;
}

const english: DateNames = {
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthGenitive: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthAbbrev: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  weekday: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdayAbbrev: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  formatNum: (n) => n,
};

const cache = new Map<string, DateNames>([['en', english]]);

function intlNames(lang: string): DateNames | null {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) return null;
    const months = (opts: Intl.DateTimeFormatOptions, day: boolean) =>
      Array.from({ length: 12 }, (_, m) => {
        const date = new Date(Date.UTC(2001, m, 15));
        const f = new Intl.DateTimeFormat(lang, { ...opts, ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' });
        return day ? f.formatToParts(date).find((p) => p.type === 'month')!.value : f.format(date);
      });
    const weekdays = (style: 'long' | 'short') =>
      Array.from({ length: 7 }, (_, d) => new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2001, 0, 7 + d))));
    return {
      month: months({ month: 'long' }, false),
      monthGenitive: months({ month: 'long' }, true),
      monthAbbrev: months({ month: 'short' }, false),
      weekday: weekdays('long'),
      weekdayAbbrev: weekdays('short'),
      formatNum: (n) => n,
    };
  } catch {
    return null;
  }
}

/** Names for a language code; English when the language is unknown. */
export function dateNames(lang: string): DateNames {
  const code = lang.toLowerCase();
  let names = cache.get(code);
  if (!names) {
    names = (/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(code) ? intlNames(code) : null) ?? english;
    cache.set(code, names);
  }
  return names;
}
