/**
 * Edit tokens (MediaWiki's wpEditToken), bound to a browser session cookie and signed with the
 * wiki's secret: token = "<issued>.<hmac(session|issued)>". A token is accepted only with the
 * cookie it was issued for, with a valid signature, and within its lifetime.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kagami_session';
const LIFETIME_MS = 24 * 60 * 60 * 1000;

export class CsrfTokens {
  constructor(private readonly secret: string) {}

  static newSessionId(): string {
    return randomBytes(18).toString('base64url');
  }

  issue(sessionId: string, now = Date.now()): string {
    const issued = now.toString(36);
    return `${issued}.${this.sign(sessionId, issued)}`;
  }

  verify(sessionId: string | undefined, token: string | undefined, now = Date.now()): boolean {
    if (!sessionId || !token) return false;
    const dot = token.indexOf('.');
    if (dot <= 0) return false;
    const issued = token.slice(0, dot);
    const issuedMs = parseInt(issued, 36);
    if (!Number.isFinite(issuedMs) || issuedMs > now + 60_000 || now - issuedMs > LIFETIME_MS) return false;
    const expected = Buffer.from(this.sign(sessionId, issued));
    const given = Buffer.from(token.slice(dot + 1));
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(sessionId: string, issued: string): string {
    return createHmac('sha256', this.secret).update(`${sessionId}|${issued}`).digest('base64url');
  }
}
