/**
 * action=login (bot passwords, "Name@botname"; a main-account password with MediaWiki's
 * deprecation warning), action=clientlogin (username and password) and action=logout. A
 * login starts a new session for the client's cookie; tokens issued before it end.
 */
import { AccountError } from '../users/account-error.ts';
import { authenticate } from '../users/authenticate.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiContext } from './api-context.ts';
import { ApiError } from './errors.ts';
import { checkToken, issueToken } from './tokens.ts';

const mainAccountWarning = 'Main-account login via "action=login" is deprecated and may stop working without warning. To continue login with "action=login", see Special:BotPasswords. To safely continue using main-account login, see "action=clientlogin".';

function clientAddress(ctx: ApiContext): string {
  return ctx.user.address ?? ctx.user.name;
}

export const login: ActionModule = {
  name: 'login',
  mustBePosted: true,
  execute(ctx) {
    const p = ctx.params;
    const name = p.str('lgname') ?? '';
    const password = p.str('lgpassword') ?? '';
    p.str('lgdomain');
    const token = p.str('lgtoken');
    if (!token) return { login: { result: 'NeedToken', token: issueToken(ctx, 'login') } };
    if (!checkToken(ctx, 'login', token)) return { login: { result: 'WrongToken' } };
    if (ctx.user.botApp) return { login: { result: 'Aborted', reason: 'Cannot log in when using MediaWiki\\Session\\BotPasswordSessionProvider sessions.' } };
    if (!ctx.session.logIn) return { login: { result: 'Aborted', reason: 'Cannot log in with this session.' } };
    try {
      const { user, botPassword } = authenticate(ctx.wiki, { name, password, address: clientAddress(ctx), allowBotPassword: true });
      if (!botPassword) ctx.warn('main', mainAccountWarning);
      ctx.session.logIn(user.id, botPassword?.appId ?? null);
      return { login: { result: 'Success', lguserid: user.id, lgusername: user.name } };
    } catch (e) {
      if (e instanceof AccountError) return { login: { result: 'Failed', reason: e.message } };
      throw e;
    }
  },
};

export const clientlogin: ActionModule = {
  name: 'clientlogin',
  mustBePosted: true,
  execute(ctx) {
    const p = ctx.params;
    for (const name of ['loginrequests', 'loginmessageformat', 'loginmergerequestfields', 'loginpreservestate', 'loginreturnurl', 'logincontinue', 'rememberMe']) p.has(name);
    const token = p.str('logintoken');
    if (!token) throw new ApiError('missingparam', 'logintoken');
    if (!checkToken(ctx, 'login', token)) throw new ApiError('badtoken');
    if (!ctx.session.logIn) return { clientlogin: { status: 'FAIL', message: 'Cannot log in with this session.', messagecode: 'authmanager-authn-not-in-progress' } };
    try {
      const { user } = authenticate(ctx.wiki, { name: p.str('username') ?? '', password: p.str('password') ?? '', address: clientAddress(ctx) });
      ctx.session.logIn(user.id, null);
      return { clientlogin: { status: 'PASS', username: user.name } };
    } catch (e) {
      if (e instanceof AccountError) return { clientlogin: { status: 'FAIL', message: e.message, messagecode: e.code } };
      throw e;
    }
  },
};

export const logout: ActionModule = {
  name: 'logout',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    ctx.session.logOut?.();
    return {};
  },
};
