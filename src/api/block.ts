/**
 * action=block and action=unblock: block an account, address or range (expiry, reason,
 * anononly, nocreate, allowusertalk, reblock, partial with pagerestrictions and
 * namespacerestrictions), or lift a block by target or id. Both need "block" and a csrf token.
 */
import { blockUser, unblockUser } from '../community/block-user.ts';
import type { BlockRecord } from '../storage/community-store.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiContext, ApiObject } from './api-context.ts';
import { ApiError } from './errors.ts';

function expiryOut(expiry: string): string {
  return expiry === 'infinity' ? 'infinite' : expiry;
}

function who(ctx: ApiContext) {
  return { user: ctx.user.name, userId: ctx.user.id ?? 0, rights: ctx.user.rights, address: ctx.user.address };
}

export const block: ActionModule = {
  name: 'block',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    const p = ctx.params;
    const target = p.str('user');
    if (!target) throw new ApiError('missingparam', 'user');
    for (const n of ['autoblock', 'noemail', 'hidename', 'watchuser', 'watchlistexpiry', 'tags']) p.has(n);
    const partial = p.bool('partial');
    const result = blockUser(ctx.wiki, {
      target, expiry: p.str('expiry') ?? 'infinite', reason: p.str('reason') ?? '',
      anonOnly: p.bool('anononly'), createAccount: p.bool('nocreate'), allowUsertalk: p.bool('allowusertalk'), reblock: p.bool('reblock'),
      partial: partial ? { pages: p.list('pagerestrictions'), namespaces: p.list('namespacerestrictions').map(Number).filter(Number.isInteger) } : undefined,
      ...who(ctx),
    });
    const b: BlockRecord = result.block;
    const out: ApiObject = {
      user: b.address, userID: b.userId, expiry: expiryOut(b.expiry), id: b.id, reason: b.reason,
      anononly: b.anonOnly, nocreate: b.createAccount, autoblock: false, noemail: false, hidename: false,
      allowusertalk: b.allowUsertalk, watchuser: false, partial: !b.sitewide,
    };
    if (!b.sitewide) {
      out.pagerestrictions = p.list('pagerestrictions');
      out.namespacerestrictions = b.restrictions.filter((r) => r.type === 'ns').map((r) => r.value);
    }
    return { block: out };
  },
};

export const unblock: ActionModule = {
  name: 'unblock',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    const p = ctx.params;
    const id = p.int('id');
    const target = p.str('user');
    if (id === undefined && !target) throw new ApiError('missingparam-oneof', '"id" and "user"');
    p.has('tags');
    const { block: b } = unblockUser(ctx.wiki, { id, target, reason: p.str('reason') ?? '', ...who(ctx) });
    return { unblock: { id: b.id, user: b.address, userid: b.userId, reason: p.str('reason') ?? '' } };
  },
};
