/**
 * The page-view cache: the finished HTML (skin included) of article views for anonymous
 * readers, as bytes with an ETag, by request path — MediaWiki's file cache in memory. An
 * entry is served only while the database is unchanged since it was made (the repository's
 * change mark: any save, delete, move, purge, upload, import or job anywhere drops them
 * all) and the settings are the same object, so a hit never differs from what the view
 * would render now. Only plain `GET /wiki/Title` without a session or spoiler cookie
 * qualifies; the view route says whether its answer may be kept (no redirect followed, no
 * category or file listing, nothing clock-dependent).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Wiki } from '../wiki/wiki.ts';
import { SESSION_COOKIE } from './csrf.ts';
import { SPOILER_PROGRESS_COOKIE } from './views/spoiler-control.ts';

export interface CachedView {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

interface Entry extends CachedView {
  mark: string;
  config: object;
}

const personalCookie = new RegExp(`(?:^|;)\\s*(?:${SESSION_COOKIE}|${SPOILER_PROGRESS_COOKIE})=`);

/** Whether a request may be answered from (and stored into) the cache: GET, no query, no personal cookie. */
export function anonymousPlainView(method: string, search: string, cookieHeader: string | null | undefined): boolean {
  return method === 'GET' && search === '' && !(cookieHeader && personalCookie.test(cookieHeader));
}

export class PageViewCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  stores = 0;

  constructor(private readonly wiki: Wiki, readonly maxBytes = 64 * 1024 * 1024) {}

  /** Whether the cache can work at all (the database can say cheaply whether anything changed). */
  get enabled(): boolean {
    return typeof this.wiki.repo.changeMark === 'function';
  }

  /** The cached view at `path`, if still current. */
  get(path: string): CachedView | null {
    const entry = this.entries.get(path);
    if (!entry) return null;
    if (entry.config !== this.wiki.config || entry.mark !== this.wiki.repo.changeMark!()) {
      this.drop(path, entry);
      return null;
    }
    this.hits++;
    return entry;
  }

  /** Keeps a rendered view; `mark` is the change mark read before it was rendered. */
  set(path: string, mark: string, config: object, html: string, contentType: string): CachedView {
    const body = new TextEncoder().encode(html);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const entry: Entry = { body, etag, contentType, mark, config };
    const old = this.entries.get(path);
    if (old) this.drop(path, old);
    if (body.length > this.maxBytes / 4) return entry;
    this.entries.set(path, entry);
    this.bytes += body.length;
    this.stores++;
    for (const [key, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(key, e);
    }
    return entry;
  }

  /** The current change mark, or null when the cache is off. */
  mark(): string | null {
    return this.enabled ? this.wiki.repo.changeMark!() : null;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(path: string, entry: Entry): void {
    this.entries.delete(path);
    this.bytes -= entry.body.length;
  }
}

/** The answer for a cached view: its bytes, or 304 when the browser already has them. */
export function cachedViewResponse(view: CachedView, ifNoneMatch: string | undefined): Response {
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, view.etag)) {
    return new Response(null, { status: 304, headers: { ETag: view.etag } });
  }
  return new Response(view.body, { status: 200, headers: { 'Content-Type': view.contentType, ETag: view.etag } });
}

/**
 * Answers a cached view straight from Node's request, before the router builds a Request
 * (what a hit costs then is the cache lookup and one write); false when it cannot.
 */
export function serveCachedView(cache: PageViewCache, articlePrefix: string, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (!url || !url.startsWith(articlePrefix) || url.includes('?') || !cache.enabled) return false;
  if (!anonymousPlainView(req.method ?? '', '', req.headers.cookie)) return false;
  const view = cache.get(url);
  if (!view) return false;
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, view.etag)) {
    res.writeHead(304, { ETag: view.etag });
    res.end();
    return true;
  }
  res.writeHead(200, { 'Content-Type': view.contentType, 'Content-Length': view.body.byteLength, ETag: view.etag });
  res.end(view.body);
  return true;
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}` || tag === '*');
}
