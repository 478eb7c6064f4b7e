/**
 * /api.php: hands the request's parameters (query string and POST body, the body winning),
 * the client's session and rights to the API, and answers with its JSON.
 */
import { getCookie } from 'hono/cookie';
import { runApi } from '../../api/api-main.ts';
import type { ApiUser } from '../../api/api-context.ts';
import { SESSION_COOKIE } from '../csrf.ts';
import type { RequestContext } from '../request-context.ts';

export async function apiRoute(rc: RequestContext): Promise<Response> {
  const { c } = rc;
  const values = new Map<string, string>();
  const inQueryString = new Set<string>();
  const url = new URL(c.req.url);
  for (const [k, v] of url.searchParams) {
    values.set(k, v);
    inQueryString.add(k);
  }
  const method = c.req.method === 'POST' ? 'POST' : 'GET';
  if (method === 'POST') {
    const body = await c.req.parseBody({ all: true });
    for (const [k, raw] of Object.entries(body)) {
      const last = Array.isArray(raw) ? raw[raw.length - 1] : raw;
      values.set(k, typeof last === 'string' ? last : await last.text());
      inQueryString.delete(k);
    }
  }
  const rights = rc.userRights();
  // The wiki's own address is its administrator (see RequestContext.userRights); MediaWiki gives sysops apihighlimits.
  const sysop = rights.includes('editprotected');
  const user: ApiUser = {
    name: rc.userName(),
    groups: sysop ? ['*', 'user', 'autoconfirmed', 'sysop'] : ['*'],
    rights: sysop ? [...rights, 'apihighlimits'] : rights,
  };
  let sessionId: string | undefined;
  const session = {
    current: () => {
      const id = getCookie(c, SESSION_COOKIE);
      return id && /^[\w-]{16,64}$/.test(id) ? id : undefined;
    },
    // One id per request, however many tokens it issues.
    ensure: () => (sessionId ??= rc.sessionId()),
  };
  const result = runApi(rc.wiki, rc.services.tokens, { values, inQueryString, method, user, session });
  const pretty = values.get('format') !== 'json';
  for (const [k, v] of Object.entries(result.headers)) c.header(k, v);
  c.header('Cache-Control', 'private, must-revalidate, max-age=0');
  return c.body(JSON.stringify(result.body, null, pretty ? 2 : undefined), result.status as 200, {
    'Content-Type': 'application/json; charset=utf-8',
  });
}
