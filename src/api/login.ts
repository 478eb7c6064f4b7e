/**
 * action=login, action=clientlogin and action=logout. The wiki has no user accounts yet:
 * bots work anonymously (meta=tokens gives them a csrf token for their session), so a login
 * attempt with a valid login token is answered as MediaWiki answers a failed one, and
 * logging out has nothing to end.
 */
import type { ActionModule } from './action-module.ts';
import { ApiError } from './errors.ts';
import { checkToken, issueToken } from './tokens.ts';

const noAccounts = 'There are no user accounts on this wiki: edit without logging in (meta=tokens gives a csrf token).';

export const login: ActionModule = {
  name: 'login',
  mustBePosted: true,
  execute(ctx) {
    const p = ctx.params;
    p.str('lgname');
    p.str('lgpassword');
    p.str('lgdomain');
    const token = p.str('lgtoken');
    if (!token) return { login: { result: 'NeedToken', token: issueToken(ctx, 'login') } };
    if (!checkToken(ctx, 'login', token)) return { login: { result: 'WrongToken' } };
    return { login: { result: 'Failed', reason: noAccounts } };
  },
};

export const clientlogin: ActionModule = {
  name: 'clientlogin',
  mustBePosted: true,
  execute(ctx) {
    const p = ctx.params;
    for (const name of ['loginrequests', 'loginmessageformat', 'loginmergerequestfields', 'loginpreservestate', 'loginreturnurl', 'logincontinue', 'username', 'password', 'rememberMe']) p.has(name);
    const token = p.str('logintoken');
    if (!token) throw new ApiError('missingparam', 'logintoken');
    if (!checkToken(ctx, 'login', token)) throw new ApiError('badtoken');
    return { clientlogin: { status: 'FAIL', message: noAccounts, messagecode: 'authmanager-authn-no-primary' } };
  },
};

export const logout: ActionModule = {
  name: 'logout',
  mustBePosted: true,
  needsToken: 'csrf',
  execute: () => ({}),
};
