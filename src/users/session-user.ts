/**
 * The user behind a request's session cookie: the account of a live session (with its bot
 * password's grants, if it was opened with one), or an anonymous visitor named by address.
 */
import type { Wiki } from '../wiki/wiki.ts';
import { accountUser, anonymousUser, type CurrentUser } from './current-user.ts';
import { findSession } from './sessions.ts';

export function userFromSession(wiki: Wiki, cookieValue: string | undefined, address: string): CurrentUser {
  const session = findSession(wiki.repo, cookieValue);
  const record = session ? wiki.repo.users.getUserById(session.userId) : null;
  if (!session || !record) return anonymousUser(address, wiki.config);
  if (session.botApp === null) return accountUser(wiki.repo, wiki.config, record);
  const bp = wiki.config.wgEnableBotPasswords ? wiki.repo.users.getBotPassword(record.id, session.botApp) : null;
  if (!bp) return anonymousUser(address, wiki.config);
  return accountUser(wiki.repo, wiki.config, record, { appId: bp.appId, grants: bp.grants });
}
