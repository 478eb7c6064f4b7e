/**
 * Password hashing with Node's scrypt (memory-hard; RFC 7914). Hashes are stored as
 * ":scrypt:N:r:p:salt:hash" (salt and hash in base64), in the spirit of MediaWiki's
 * ":pbkdf2:..." strings, so the parameters can be raised later without breaking old hashes.
 * Checking is synchronous: api.php modules run synchronously; one check costs some tens of ms.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const defaults = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

export function hashPassword(password: string, params = defaults): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: 64 * 1024 * 1024 });
  return `:scrypt:${params.N}:${params.r}:${params.p}:${salt.toString('base64')}:${hash.toString('base64')}`;
}

/** Whether `password` matches the stored hash; false for any hash this code cannot read. */
export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split(':');
  if (parts.length !== 7 || parts[0] !== '' || parts[1] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(2, 5).map(Number);
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 1 << 20) return false;
  const salt = Buffer.from(parts[5], 'base64');
  const expected = Buffer.from(parts[6], 'base64');
  if (expected.length === 0) return false;
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, { N, r, p, maxmem: 256 * 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}

/** A hash no password matches (accounts that must not log in with a password). */
export const invalidPasswordHash = ':none:';
