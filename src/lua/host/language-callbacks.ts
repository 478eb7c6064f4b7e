/**
 * Callbacks behind mw.language for the content language (English rules): case mapping,
 * number formatting and dates through the #time formatter.
 */
import type { ScribuntoSession } from '../scribunto-session.ts';
import { formatNum, parseFormattedNumber } from '../../extensions/core/format-functions.ts';
import { formatTime } from '../../extensions/parser-functions/time/time-function.ts';

type GetSession = () => ScribuntoSession;

export function languageCallbacks(session: GetSession) {
  return {
    languageCode(): string {
      return session().ctx.config.wgLanguageCode;
    },
    formatNum(n: number | string, noCommafy: boolean): string {
      const text = typeof n === 'number' ? (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(14)))) : String(n);
      return noCommafy ? text : formatNum(text);
    },
    parseFormattedNumber(text: string): number | undefined {
      const n = Number(parseFormattedNumber(String(text)).trim());
      return Number.isFinite(n) && String(text).trim() !== '' ? n : undefined;
    },
    formatDate(format: string, date: string, local: boolean) {
      const ctx = session().ctx;
      const charCount = ctx.getState('scribunto.timeChars', () => ({ used: 0 }));
      const out = formatTime(String(format), String(date ?? ''), ctx.config.wgLanguageCode, { now: ctx.now, zone: { offset: 0, abbr: 'UTC' }, charCount });
      if (out.startsWith('<strong class="error">')) return { error: `bad argument #2 to 'formatDate': invalid timestamp '${date}'` };
      void local;
      return out;
    },
  };
}
