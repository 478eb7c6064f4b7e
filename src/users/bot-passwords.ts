/**
 * Bot passwords (Special:BotPasswords): an account's named app logins, "Name@appId", each
 * with a generated 32-character password and the grants it may use. The password is shown
 * once, when created or reset; only its hash is kept. Deleting or resetting one ends the
 * sessions opened with it.
 */
import { randomInt } from 'node:crypto';
import type { BotPasswordRecord } from '../storage/repository.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { AccountError } from './account-error.ts';
import { grantPermissions } from './grants.ts';
import { hashPassword } from './password.ts';

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

export function isValidAppId(appId: string): boolean {
  return /^[\w .-]{1,32}$/.test(appId) && appId.trim() === appId;
}

function generatePassword(): string {
  let out = '';
  for (let i = 0; i < 32; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Creates (or, with `reset`, replaces) a bot password; returns the password to show once. */
export function saveBotPassword(wiki: Wiki, userId: number, appId: string, grants: string[], opts: { reset?: boolean } = {}): { record: BotPasswordRecord; password: string | null } {
  if (!wiki.config.wgEnableBotPasswords) throw new AccountError('botpasswords-disabled', 'Bot passwords are disabled.');
  if (!isValidAppId(appId)) throw new AccountError('botpasswords-invalid-name', 'The bot name must be 1 to 32 letters, digits, spaces, dots, hyphens or underscores.');
  const known = grants.filter((g) => g in grantPermissions && g !== 'basic');
  const existing = wiki.repo.users.getBotPassword(userId, appId);
  const password = !existing || opts.reset ? generatePassword() : null;
  const record: BotPasswordRecord = {
    userId, appId, grants: [...new Set(known)].sort(),
    passwordHash: password ? hashPassword(password) : existing!.passwordHash,
    created: existing?.created ?? isoTimestamp(),
  };
  wiki.repo.transaction(() => {
    wiki.repo.users.saveBotPassword(record);
    if (existing) wiki.repo.users.deleteUserSessions(userId, appId);
  });
  return { record, password };
}

export function deleteBotPassword(wiki: Wiki, userId: number, appId: string): boolean {
  return wiki.repo.users.deleteBotPassword(userId, appId);
}
