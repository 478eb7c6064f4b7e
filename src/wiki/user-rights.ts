/**
 * Rights checks for wiki operations. Groups and the rights they grant live in
 * src/users/group-permissions.ts (MediaWiki's defaults, changed by wgGroupPermissions);
 * restriction levels name the right they require.
 */
import { effectivePermissions, rightsForGroups, type GroupPermissions } from '../users/group-permissions.ts';

/** The right a protection level asks for ($wgRestrictionLevels with the 1.39 aliases). */
export function rightForLevel(level: string): string | null {
  if (level === '') return null;
  if (level === 'sysop') return 'editprotected';
  if (level === 'autoconfirmed') return 'editsemiprotected';
  return level;
}

/** The rights of someone in these groups ('*' always counts), with the settings' changes when given. */
export function rightsOf(groups: string[], overrides?: GroupPermissions): string[] {
  return rightsForGroups(effectivePermissions(overrides), groups);
}

/** Who performs an operation: name (an IP address for anonymous editors), account id and rights. */
export interface Actor {
  user?: string;
  /** The account's id; absent or 0 for anonymous editors. */
  userId?: number | null;
  /** Omit for maintenance callers (CLI, imports), which may do anything. */
  rights?: string[];
  /** The request's address (blocks of addresses and ranges apply to accounts too). */
  address?: string;
}

export class PermissionError extends Error {
  constructor(readonly right: string, readonly code = 'permissiondenied') {
    super(`permission denied: this action needs the "${right}" right`);
  }
}

export function requireRight(actor: Actor, right: string): void {
  if (actor.rights && !actor.rights.includes(right)) throw new PermissionError(right);
}
