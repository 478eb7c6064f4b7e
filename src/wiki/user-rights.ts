/**
 * User groups and the rights they grant (MediaWiki's $wgGroupPermissions defaults, reduced
 * to the rights this wiki checks). Restriction levels name the right they require.
 */
export const groupPermissions: Record<string, string[]> = {
  '*': ['read', 'edit', 'createpage', 'createtalk'],
  user: ['move', 'move-subpages', 'movefile', 'move-rootuserpages', 'purge', 'minoredit', 'editmyoptions', 'upload', 'reupload'],
  autoconfirmed: ['editsemiprotected'],
  sysop: [
    'delete', 'undelete', 'deletedhistory', 'deletedtext', 'protect', 'editprotected', 'rollback',
    'move', 'suppressredirect', 'move-subpages', 'purge', 'editsemiprotected', 'autoconfirmed',
  ],
};

/** The right a protection level asks for ($wgRestrictionLevels with the 1.39 aliases). */
export function rightForLevel(level: string): string | null {
  if (level === '') return null;
  if (level === 'sysop') return 'editprotected';
  if (level === 'autoconfirmed') return 'editsemiprotected';
  return level;
}

export function rightsOf(groups: string[]): string[] {
  const rights = new Set<string>();
  for (const g of ['*', ...groups]) for (const r of groupPermissions[g] ?? []) rights.add(r);
  return [...rights];
}

/** A user's name and rights; operations check `rights` when given. */
export interface Actor {
  user?: string;
  /** Omit for maintenance callers (CLI, imports), which may do anything. */
  rights?: string[];
}

export class PermissionError extends Error {
  constructor(readonly right: string, readonly code = 'permissiondenied') {
    super(`permission denied: this action needs the "${right}" right`);
  }
}

export function requireRight(actor: Actor, right: string): void {
  if (actor.rights && !actor.rights.includes(right)) throw new PermissionError(right);
}
