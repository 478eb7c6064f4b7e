/**
 * Changing a user's groups (Special:UserRights, `kagami create-user --groups`): groups the
 * performer may add or remove (a `userrights` holder all of them, others per wgAddGroups /
 * wgRemoveGroups), each membership with an optional expiry, logged in the rights log
 * (log type `rights`, action `rights`) with the old and new groups as MediaWiki logs them.
 */
import type { UserRecord } from '../storage/repository.ts';
import { PermissionError } from '../wiki/user-rights.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';
import type { CurrentUser } from './current-user.ts';
import { changeableGroups, effectivePermissions, explicitGroups } from './group-permissions.ts';

export interface GroupChange {
  target: UserRecord;
  add: Array<{ group: string; expiry: string | null }>;
  remove: string[];
  reason?: string;
  /** Who changes them; omit for maintenance callers (CLI), which may change any group. */
  performer?: CurrentUser;
}

/** The groups the performer may change (all explicit groups for maintenance callers). */
export function groupsChangeableBy(wiki: Wiki, performer?: CurrentUser): { add: string[]; remove: string[] } {
  const permissions = effectivePermissions(wiki.config.wgGroupPermissions);
  if (!performer) {
    const all = explicitGroups(permissions);
    return { add: all, remove: all };
  }
  return changeableGroups(permissions, [...performer.implicitGroups, ...performer.groups], performer.rights, wiki.config.wgAddGroups, wiki.config.wgRemoveGroups);
}

export function changeUserGroups(wiki: Wiki, change: GroupChange): { added: string[]; removed: string[] } {
  const allowed = groupsChangeableBy(wiki, change.performer);
  for (const { group } of change.add) if (!allowed.add.includes(group)) throw new PermissionError('userrights');
  for (const group of change.remove) if (!allowed.remove.includes(group)) throw new PermissionError('userrights');
  const now = isoTimestamp();
  const users = wiki.repo.users;
  return wiki.repo.transaction(() => {
    const before = users.getUserGroups(change.target.id, now);
    const removed = change.remove.filter((g) => users.removeUserGroup(change.target.id, g));
    const added: string[] = [];
    for (const { group, expiry } of change.add) {
      const had = before.find((m) => m.group === group);
      if (change.remove.includes(group) || (had && had.expiry === expiry)) continue;
      users.addUserGroup(change.target.id, group, expiry);
      added.push(group);
    }
    if (added.length || removed.length) {
      const after = users.getUserGroups(change.target.id, now);
      wiki.repo.addLogEntry({
        type: 'rights', action: 'rights', timestamp: now, userName: change.performer?.name ?? 'Maintenance script', userId: change.performer?.id ?? 0,
        namespace: 2, dbKey: change.target.name.replace(/ /g, '_'), pageId: null, comment: change.reason ?? '',
        params: {
          oldgroups: before.map((m) => m.group), newgroups: after.map((m) => m.group),
          oldmetadata: before.map((m) => ({ expiry: m.expiry })), newmetadata: after.map((m) => ({ expiry: m.expiry })),
        },
      });
    }
    return { added, removed };
  });
}
