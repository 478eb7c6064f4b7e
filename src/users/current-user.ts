/**
 * Who is making a request: an anonymous visitor (id 0, named by their address) or a
 * logged-in account with its groups and rights. A session opened with a bot password keeps
 * only the rights of that bot password's grants.
 */
import type { SiteConfig } from '../core/site-config.ts';
import type { UserRecord, WikiRepository } from '../storage/repository.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import { effectivePermissions, rightsForGroups } from './group-permissions.ts';
import { rightsWithGrants } from './grants.ts';

export interface CurrentUser {
  /** 0 for anonymous visitors. */
  id: number;
  /** The account name, or the visitor's IP address. */
  name: string;
  /** Groups the account was given (unexpired), sorted. */
  groups: string[];
  /** '*' for everyone; 'user' and 'autoconfirmed' too for accounts. */
  implicitGroups: string[];
  rights: string[];
  /** The bot password this session was opened with ("Name@appId" logins). */
  botApp: string | null;
  registration: string | null;
  editCount: number;
}

export function isLoggedIn(user: CurrentUser): boolean {
  return user.id > 0;
}

export function anonymousUser(address: string, config: SiteConfig): CurrentUser {
  const permissions = effectivePermissions(config.wgGroupPermissions);
  return { id: 0, name: address, groups: [], implicitGroups: ['*'], rights: rightsForGroups(permissions, []), botApp: null, registration: null, editCount: 0 };
}

/** The account as a request's user; `grants` limits the rights of a bot password session. */
export function accountUser(repo: WikiRepository, config: SiteConfig, record: UserRecord, bot?: { appId: string; grants: string[] }): CurrentUser {
  const groups = repo.users.getUserGroups(record.id, isoTimestamp()).map((g) => g.group);
  const implicitGroups = ['*', 'user', 'autoconfirmed'];
  let rights = rightsForGroups(effectivePermissions(config.wgGroupPermissions), [...implicitGroups, ...groups]);
  if (bot) rights = rightsWithGrants(rights, bot.grants);
  return { id: record.id, name: record.name, groups, implicitGroups, rights, botApp: bot?.appId ?? null, registration: record.registration, editCount: record.editCount };
}

/** The account's unexpired group memberships with their expiry. */
export function memberships(repo: WikiRepository, userId: number): Array<{ group: string; expiry: string | null }> {
  return repo.users.getUserGroups(userId, isoTimestamp());
}
