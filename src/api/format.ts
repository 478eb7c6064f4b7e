/**
 * Value formats api.php shares with MediaWiki: SHA-1 in hex (stored in base 36), timestamps
 * in ISO 8601 (output) and ISO or 14-digit form (input), IP-address user names.
 */
import { isIP } from 'node:net';
import { ApiError } from './errors.ts';

/** The stored base-36 SHA-1 as the API prints it: 40 hex digits. */
export function sha1Hex(base36: string): string {
  let n = 0n;
  for (const ch of base36.toLowerCase()) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString(16).padStart(40, '0');
}

/** 2024-01-15T12:01:00Z → 20240115120100 (continuation values). */
export function mwTimestamp(iso: string): string {
  return iso.replace(/[-:TZ]/g, '').slice(0, 14);
}

/** A timestamp parameter (ISO 8601, 14-digit MediaWiki form, or "now") as stored ISO text. */
export function parseTimestamp(name: string, value: string): string {
  if (value === 'now') return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mw = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (mw) return `${mw[1]}-${mw[2]}-${mw[3]}T${mw[4]}:${mw[5]}:${mw[6]}Z`;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new ApiError('badtimestamp', name, value);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether a user name is an address (an anonymous editor). */
export function isAnonName(name: string): boolean {
  return isIP(name) !== 0;
}
