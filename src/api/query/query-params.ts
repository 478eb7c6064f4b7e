/**
 * Parameters that many query modules share: the `limit` with its higher maximum for users
 * with the apihighlimits right, and continue values made of a timestamp and a number.
 */
import type { ApiContext } from '../api-context.ts';
import { ApiError } from '../errors.ts';
import { parseTimestamp } from '../format.ts';
import type { PrefixedParams } from '../params.ts';

/**
 * The module's `limit` (default 10): at most `max` (MediaWiki's LIMIT_BIG1 = 500, or
 * LIMIT_SML1 = 50 for costly modules), ten times as many with apihighlimits (LIMIT_BIG2,
 * LIMIT_SML2).
 */
export function queryLimit(ctx: ApiContext, p: PrefixedParams, max = 500): number {
  return p.limit('limit', 10, ctx.user.rights.includes('apihighlimits') ? max * 10 : max);
}

/** A `continue` of the form `<14-digit timestamp>|<number>`; undefined when absent, badcontinue when malformed. */
export function timestampContinue(p: PrefixedParams): { timestamp: string; n: number } | undefined {
  const cont = p.str('continue');
  if (cont === undefined) return undefined;
  const m = /^(\d{14})\|(\d+)$/.exec(cont);
  if (!m) throw new ApiError('badcontinue');
  return { timestamp: parseTimestamp(p.name('continue'), m[1]), n: Number(m[2]) };
}
