/**
 * /api.php: hands the request's parameters (query string and POST body, the body winning),
 * the client's session (and the user logged in with it) to the API, and answers with its JSON.
 */
import { getCookie } from 'hono/cookie';
import { runApi } from '../../api/api-main.ts';
import type { ApiUser } from '../../api/api-context.ts';
import { memberships } from '../../users/current-user.ts';
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
  const user = apiUser(rc);
  let sessionId: string | undefined;
  const session = {
    current: () => {
      const id = getCookie(c, SESSION_COOKIE);
      return sessionId ?? (id && /^[\w-]{16,64}$/.test(id) ? id : undefined);
    },
    // One id per request, however many tokens it issues.
    ensure: () => (sessionId ??= rc.sessionId()),
    logIn: (userId: number, botApp: string | null) => {
      rc.logIn(userId, { botApp });
      sessionId = rc.sessionId();
    },
    logOut: () => {
      rc.logOut();
      sessionId = rc.sessionId();
    },
  };
  const result = runApi(rc.wiki, rc.services.tokens, { values, inQueryString, method, user, session });
  const pretty = values.get('format') !== 'json';
  for (const [k, v] of Object.entries(result.headers)) c.header(k, v);
  c.header('Cache-Control', 'private, must-revalidate, max-age=0');
  return c.body(JSON.stringify(result.body, null, pretty ? 2 : undefined), result.status as 200, {
    'Content-Type': 'application/json; charset=utf-8',
  });
}

function apiUser(rc: RequestContext): ApiUser {
  const u = rc.user();
  return {
    name: u.name, id: u.id, groups: [...u.implicitGroups, ...u.groups], rights: u.rights,
    memberships: u.id ? memberships(rc.wiki.repo, u.id) : [], botApp: u.botApp, editCount: u.editCount, registration: u.registration, address: rc.clientAddress(),
  };
}
