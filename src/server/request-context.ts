/**
 * What a route needs for one request: the wiki, URL building, the browser's session (for
 * edit tokens), the editor's name, and helpers that answer with a skinned page.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { rightsOf } from '../wiki/user-rights.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { CsrfTokens, SESSION_COOKIE } from './csrf.ts';
import { layout, type LayoutOptions } from './views/layout.ts';
import type { Urls } from './urls.ts';

export interface ServerServices {
  wiki: Wiki;
  urls: Urls;
  tokens: CsrfTokens;
}

export class RequestContext {
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
    let id = getCookie(this.c, SESSION_COOKIE);
    if (!id || !/^[\w-]{16,64}$/.test(id)) {
      id = CsrfTokens.newSessionId();
      setCookie(this.c, SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'Lax' });
    }
    return id;
  }

  /** A fresh edit token for this browser. */
  editToken(): string {
    return this.services.tokens.issue(this.sessionId());
  }

  /** Whether a submitted token belongs to this browser's session (never creates one). */
  checkEditToken(token: string | undefined): boolean {
    return this.services.tokens.verify(getCookie(this.c, SESSION_COOKIE), token);
  }

  /** The editor's name: the client's address, as MediaWiki records anonymous edits. */
  userName(): string {
    const incoming = (this.c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const address = incoming?.socket?.remoteAddress ?? '127.0.0.1';
    return address.replace(/^::ffff:/, '');
  }

  /**
   * The visitor's rights. Without accounts, a visitor from the loopback interface is the
   * wiki's administrator (the person running it); everyone else edits anonymously.
   */
  userRights(): string[] {
    const address = this.userName();
    const local = address === '127.0.0.1' || address === '::1';
    return rightsOf(local ? ['user', 'autoconfirmed', 'sysop'] : []);
  }

  /** Answers with a page in the skin. */
  page(o: Omit<LayoutOptions, 'config' | 'urls'>, status = 200): Response {
    const body = layout({ ...o, config: this.wiki.config, urls: this.urls });
    return this.c.html(body, status as 200);
  }

  redirect(location: string, status: 301 | 302 | 303 = 302): Response {
    return this.c.redirect(location, status);
  }
}
