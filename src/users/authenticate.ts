/**
 * Checking a login: a user name and password, or a bot password ("Name@appId" with the
 * bot password's secret) when allowed. Failures count towards the login throttle; while a
 * name or address is throttled no password is checked. An unknown name fails as a wrong
 * password does, so names cannot be probed.
 */
import type { BotPasswordRecord, UserRecord } from '../storage/repository.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { AccountError, messages } from './account-error.ts';
import { formatWait, loginThrottleFor } from './login-throttle.ts';
import { invalidPasswordHash, verifyPassword } from './password.ts';
import { canonicalUserName } from './user-name.ts';

export interface LoginAttempt {
  name: string;
  password: string;
  /** The client's address (throttling). */
  address: string;
  /** Accept "Name@appId" bot passwords (api.php action=login). */
  allowBotPassword?: boolean;
}

export interface Authenticated {
  user: UserRecord;
  botPassword: BotPasswordRecord | null;
}

/** Splits "Name@appId" (the last "@", as MediaWiki's BotPassword::canonicalizeLoginData). */
export function splitBotLogin(name: string): { name: string; appId: string } | null {
  const at = name.lastIndexOf('@');
  if (at <= 0 || at === name.length - 1) return null;
  return { name: name.slice(0, at), appId: name.slice(at + 1) };
}

/** The account, or throws AccountError (wrongpassword, login-throttled, botpasswords-disabled). */
export function authenticate(wiki: Wiki, attempt: LoginAttempt): Authenticated {
  const bot = attempt.allowBotPassword ? splitBotLogin(attempt.name) : null;
  if (bot && !wiki.config.wgEnableBotPasswords) throw new AccountError('botpasswords-disabled', messages['botpasswords-disabled']);
  const name = canonicalUserName(wiki.titles, bot ? bot.name : attempt.name);
  // A name no account can have fails as a wrong password does.
  if (!name) throw new AccountError('wrongpassword', messages.wrongpassword);
  const throttle = loginThrottleFor(wiki);
  const wait = throttle.wait(name, attempt.address);
  if (wait > 0) {
    throw new AccountError('login-throttled', `You have made too many recent login attempts. Please wait ${formatWait(wait)} before trying again.`);
  }
  const user = wiki.repo.users.getUserByName(name);
  const botPassword = user && bot ? wiki.repo.users.getBotPassword(user.id, bot.appId) : null;
  const hash = bot ? botPassword?.passwordHash : user?.passwordHash;
  // A hash is always computed, so an unknown name takes as long as a known one.
  const ok = verifyPassword(attempt.password, hash ?? dummyHash()) && hash !== undefined && hash !== invalidPasswordHash;
  if (!ok || !user) {
    throttle.fail(name, attempt.address);
    throw new AccountError('wrongpassword', messages.wrongpassword);
  }
  throttle.succeed(name);
  return { user, botPassword };
}

let dummy: string | null = null;
function dummyHash(): string {
  // Same parameters as real hashes; the value matches nothing anyone can type.
  return (dummy ??= ':scrypt:16384:8:1:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
}
