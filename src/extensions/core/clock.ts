/**
 * {{CURRENTYEAR}} and the other clock variables, read from the parser clock (ctx.now);
 * the LOCAL forms use the site's time zone (UTC here).
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { VariableDefinition } from '../extension.ts';

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO-8601 week number (PHP date 'W', without the leading zero MediaWiki drops). */
export function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return Math.ceil(((t.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
}

/** MediaWiki's 14-digit timestamp, YYYYMMDDHHMMSS. */
export function mwTimestamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

const clock: Record<string, (d: Date) => string> = {
  YEAR: (d) => String(d.getUTCFullYear()),
  MONTH: (d) => pad(d.getUTCMonth() + 1),
  MONTH1: (d) => String(d.getUTCMonth() + 1),
  MONTHNAME: (d) => monthNames[d.getUTCMonth()],
  MONTHNAMEGEN: (d) => monthNames[d.getUTCMonth()],
  MONTHABBREV: (d) => monthNames[d.getUTCMonth()].slice(0, 3),
  DAY: (d) => String(d.getUTCDate()),
  DAY2: (d) => pad(d.getUTCDate()),
  DAYNAME: (d) => dayNames[d.getUTCDay()],
  DOW: (d) => String(d.getUTCDay()),
  WEEK: (d) => String(isoWeek(d)),
  TIME: (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  HOUR: (d) => pad(d.getUTCHours()),
  TIMESTAMP: (d) => mwTimestamp(d),
};

function volatile(ctx: ParseContext): Date {
  ctx.output.volatile = true;
  return ctx.now;
}

export const clockVariables: Record<string, VariableDefinition> = {};
for (const [name, fn] of Object.entries(clock)) {
  clockVariables[`CURRENT${name}`] = { hook: (ctx) => fn(volatile(ctx)), aliases: name === 'MONTH' ? ['CURRENTMONTH2'] : undefined };
  clockVariables[`LOCAL${name}`] = { hook: (ctx) => fn(volatile(ctx)), aliases: name === 'MONTH' ? ['LOCALMONTH2'] : undefined };
}
