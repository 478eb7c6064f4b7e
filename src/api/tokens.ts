/**
 * api.php tokens (meta=tokens): csrf and login tokens bound to the client's session cookie
 * and signed with the wiki's secret, ending in "+\" as MediaWiki's tokens do. A bot keeps the
 * cookie (as every MediaWiki client does) and sends the token back with each write.
 */
import type { ApiContext } from './api-context.ts';
import { ApiError } from './errors.ts';

export const tokenTypes = ['csrf', 'login', 'createaccount', 'patrol', 'rollback', 'userrights', 'watch'] as const;
export type TokenType = (typeof tokenTypes)[number];

const SUFFIX = '+\\';

/** csrf, patrol, rollback and watch tokens are one token (MediaWiki merged them); login and the others are salted. */
function salt(type: string): string {
  return type === 'login' || type === 'createaccount' || type === 'userrights' ? `|${type}` : '';
}

export function issueToken(ctx: ApiContext, type: TokenType): string {
  return ctx.tokens.issue(ctx.session.ensure() + salt(type)) + SUFFIX;
}

export function checkToken(ctx: ApiContext, type: TokenType, token: string | undefined): boolean {
  const session = ctx.session.current();
  if (!session || !token || !token.endsWith(SUFFIX)) return false;
  return ctx.tokens.verify(session + salt(type), token.slice(0, -SUFFIX.length));
}

/** The write module's `token` check: present, posted, and valid for this session. */
export function requireToken(ctx: ApiContext, type: TokenType = 'csrf'): void {
  const token = ctx.params.str('token');
  if (token === undefined || token === '') throw new ApiError('missingparam', 'token');
  if (ctx.params.inQueryString.has('token')) throw new ApiError('mustpostparams', 'token');
  if (!checkToken(ctx, type, token)) throw new ApiError('badtoken');
}
