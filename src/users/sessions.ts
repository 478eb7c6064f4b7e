/**
 * Logged-in sessions kept in the database. The cookie carries a random id; the database
 * keeps only its SHA-256, with the user, the bot password used (if any) and the expiry. A
 * login always starts a new id (no session fixation); logging out deletes the row. Visitors
 * who are not logged in have an id that is in no table (it only ties their edit tokens).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SessionRecord, WikiRepository } from '../storage/repository.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';

/** How long a session lasts: a day, or 30 days with "Keep me logged in" ($wgCookieExpiration). */
export const SESSION_LIFETIME_S = 24 * 60 * 60;
export const REMEMBER_LIFETIME_S = 30 * 24 * 60 * 60;

export function newSessionId(): string {
  return randomBytes(24).toString('base64url');
}

export function sessionKey(cookieValue: string): string {
  return createHash('sha256').update(cookieValue).digest('base64url');
}

export interface StartedSession {
  /** The value for the session cookie. */
  cookieValue: string;
  record: SessionRecord;
  /** Seconds the session lasts. */
  maxAge: number;
}

export function startSession(repo: WikiRepository, userId: number, opts: { botApp?: string | null; remember?: boolean; now?: Date } = {}): StartedSession {
  const now = opts.now ?? new Date();
  const maxAge = opts.remember ? REMEMBER_LIFETIME_S : SESSION_LIFETIME_S;
  const cookieValue = newSessionId();
  const record: SessionRecord = {
    id: sessionKey(cookieValue),
    userId,
    botApp: opts.botApp ?? null,
    created: isoTimestamp(now),
    expiry: isoTimestamp(new Date(now.getTime() + maxAge * 1000)),
  };
  repo.transaction(() => {
    repo.users.purgeExpiredSessions(record.created);
    repo.users.createSession(record);
  });
  return { cookieValue, record, maxAge };
}

/** The live session behind a cookie value, or null. */
export function findSession(repo: WikiRepository, cookieValue: string | undefined, now = new Date()): SessionRecord | null {
  if (!cookieValue) return null;
  return repo.users.getSession(sessionKey(cookieValue), isoTimestamp(now));
}

export function endSession(repo: WikiRepository, cookieValue: string | undefined): void {
  if (cookieValue) repo.users.deleteSession(sessionKey(cookieValue));
}
