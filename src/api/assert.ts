/**
 * ApiMain's assert and assertuser parameters: assert=user holds for a logged-in account,
 * assert=bot for a user with the `bot` right, assert=anon for an anonymous client;
 * assertuser=Name for the account of that name.
 */
import type { ApiContext } from './api-context.ts';
import { ApiError } from './errors.ts';

export function checkAssert(ctx: ApiContext): void {
  const loggedIn = (ctx.user.id ?? 0) > 0;
  const assert = ctx.params.str('assert');
  if (assert === 'user' && !loggedIn) throw new ApiError('assertuserfailed');
  if (assert === 'bot' && !ctx.user.rights.includes('bot')) throw new ApiError('assertbotfailed');
  if (assert === 'anon' && loggedIn) throw new ApiError('assertanonfailed');
  if (assert !== undefined && assert !== 'user' && assert !== 'bot' && assert !== 'anon') throw new ApiError('badvalue', 'assert', assert);
  const name = ctx.params.str('assertuser');
  if (name !== undefined && name !== '') {
    const wanted = name.replace(/_/g, ' ').trim();
    const same = loggedIn && (wanted === ctx.user.name || wanted.charAt(0).toUpperCase() + wanted.slice(1) === ctx.user.name);
    if (!same) throw new ApiError('assertnameduserfailed', name);
  }
}
