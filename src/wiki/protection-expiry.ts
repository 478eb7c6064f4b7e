/**
 * Protection expiry input, as MediaWiki reads it: "infinite"/"indefinite"/"infinity"/"never"
 * (or empty) for no expiry, a timestamp, or a relative time ("1 week", "3 days", "2 hours").
 */
import { OperationError } from './operation-error.ts';
import { isoTimestamp } from './timestamp.ts';

const infinite = new Set(['', 'infinite', 'indefinite', 'infinity', 'never']);
const unitMs: Record<string, number> = {
  second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000,
  month: 2_592_000_000, year: 31_536_000_000,
};

/** 'infinity' or an ISO timestamp in the future. */
export function parseExpiry(input: string, now = Date.now()): string {
  const text = input.trim().toLowerCase();
  if (infinite.has(text)) return 'infinity';
  const relative = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?$/.exec(text);
  let ms: number;
  if (relative) ms = now + Number(relative[1]) * unitMs[relative[2]];
  else ms = Date.parse(/^\d{4}-\d\d-\d\d$/.test(text) ? `${text}T00:00:00Z` : input.trim());
  if (!Number.isFinite(ms)) throw new OperationError('invalidexpiry', `The expiry time "${input}" is not valid.`);
  if (ms <= now) throw new OperationError('pastexpiry', `The expiry time "${input}" is in the past.`);
  return isoTimestamp(new Date(ms));
}

/** "(indefinite)" or "(expires 12:00, 1 January 2030 (UTC))", as the protection log words it. */
export function describeExpiry(expiry: string): string {
  if (expiry === 'infinity') return '(indefinite)';
  const d = new Date(expiry);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const hhmm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `(expires ${hhmm}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} (UTC))`;
}
