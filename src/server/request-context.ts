/**
 * What a route needs for one request: the wiki, URL building, the browser's session (edit
 * tokens, and the logged-in user behind it), and helpers that answer with a skinned page.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { CurrentUser } from '../users/current-user.ts';
import { userFromSession } from '../users/session-user.ts';
import { endSession, startSession } from '../users/sessions.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { CsrfTokens, SESSION_COOKIE } from './csrf.ts';
import { layout, type LayoutOptions } from './views/layout.ts';
import { personalTools } from './views/personal-tools.ts';
import { watchStar } from '../community/watch-star.ts';
import { siteModules } from './views/site-modules.ts';
import { SPOILER_PROGRESS_COOKIE, spoilerHead } from './views/spoiler-control.ts';
import { html } from './html.ts';
import type { Urls } from './urls.ts';

export interface ServerServices {
  wiki: Wiki;
  urls: Urls;
  tokens: CsrfTokens;
}

const cookieIdPattern = /^[\w-]{16,64}$/;

export class RequestContext {
  private cachedUser: CurrentUser | null = null;
  /** Set by the article view when its answer is the same for every anonymous reader until the wiki changes (page-view-cache.ts). */
  cacheableView = false;

  constructor(readonly c: Context, readonly services: ServerServices) {}

  get wiki(): Wiki {
    return this.services.wiki;
  }

  get urls(): Urls {
    return this.services.urls;
  }

  /** The query parameter, or undefined when absent. */
  query(name: string): string | undefined {
    return this.c.req.query(name);
  }

  /** The browser's session id, created (and set as a cookie) when missing. */
  sessionId(): string {
    let id = this.cookieSessionId();
    if (!id) {
      id = CsrfTokens.newSessionId();
      this.setSessionCookie(id);
      this.sessionOverride = id;
    }
    return id;
  }

  /** A fresh edit token for this browser. */
  editToken(): string {
    return this.services.tokens.issue(this.sessionId());
  }

  /** Whether a submitted token belongs to this browser's session (never creates one). */
  checkEditToken(token: string | undefined): boolean {
    return this.services.tokens.verify(this.cookieSessionId(), token);
  }

  /** The client's address (behind a reverse proxy: the proxy's; anonymous edits are recorded under it). */
  clientAddress(): string {
    const incoming = (this.c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const address = incoming?.socket?.remoteAddress ?? '127.0.0.1';
    return address.replace(/^::ffff:/, '');
  }

  /** Who is making the request: the session's account, or an anonymous visitor. */
  user(): CurrentUser {
    return (this.cachedUser ??= userFromSession(this.wiki, this.cookieSessionId(), this.clientAddress()));
  }

  /** The editor's name: the account's, or the client's address as MediaWiki records anonymous edits. */
  userName(): string {
    return this.user().name;
  }

  /** The account id (0 for anonymous visitors). */
  userId(): number {
    return this.user().id;
  }

  /** The user's rights (groups from wgGroupPermissions; a bot password's grants limit them). */
  userRights(): string[] {
    return this.user().rights;
  }

  /** Logs the browser in: a new session id (the old one and its tokens end), stored in the database. */
  logIn(userId: number, opts: { botApp?: string | null; remember?: boolean } = {}): void {
    endSession(this.wiki.repo, this.cookieSessionId());
    const session = startSession(this.wiki.repo, userId, opts);
    this.setSessionCookie(session.cookieValue, opts.remember ? session.maxAge : undefined);
    this.cachedUser = null;
    this.sessionOverride = session.cookieValue;
  }

  /** Ends the logged-in session; the browser gets a fresh anonymous id. */
  logOut(): void {
    endSession(this.wiki.repo, this.cookieSessionId());
    const id = CsrfTokens.newSessionId();
    this.setSessionCookie(id);
    this.sessionOverride = id;
    this.cachedUser = null;
  }

  private sessionOverride: string | null = null;

  private cookieSessionId(): string | undefined {
    if (this.sessionOverride) return this.sessionOverride;
    const id = getCookie(this.c, SESSION_COOKIE);
    return id && cookieIdPattern.test(id) ? id : undefined;
  }

  private setSessionCookie(value: string, maxAge?: number): void {
    const secure = this.wiki.config.wgServer.startsWith('https:');
    setCookie(this.c, SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'Lax', secure, ...(maxAge ? { maxAge } : {}) });
  }

  /** Answers with a page in the skin. */
  page(o: Omit<LayoutOptions, 'config' | 'urls'>, status = 200): Response {
    const star = o.title && !o.title.isSpecial ? watchStar(this, o.title) : undefined;
    const body = layout({ personalTools: personalTools(this), siteModules: html`${spoilerHead(this.wiki, this.urls, getCookie(this.c, SPOILER_PROGRESS_COOKIE))}${siteModules(this.wiki, this.urls)}`, watchStar: star, rights: this.userRights(), ...o, config: this.wiki.config, urls: this.urls });
    return this.c.html(body, status as 200);
  }

  redirect(location: string, status: 301 | 302 | 303 = 302): Response {
    return this.c.redirect(location, status);
  }
}
