/**
 * Groups and their rights: MediaWiki 1.39's $wgGroupPermissions defaults, changed by the
 * settings' wgGroupPermissions (merged right by right, as LocalSettings.php assignments such
 * as `$wgGroupPermissions['*']['edit'] = false;` are), and which groups a group may add or
 * remove ($wgAddGroups, $wgRemoveGroups; a group with the `userrights` right changes all).
 */
export type GroupPermissions = Record<string, Record<string, boolean>>;

const on = (...rights: string[]): Record<string, boolean> => Object.fromEntries(rights.map((r) => [r, true]));

export const defaultGroupPermissions: GroupPermissions = {
  '*': on('createaccount', 'read', 'edit', 'createpage', 'createtalk', 'viewmyprivateinfo', 'viewmywatchlist', 'editmyoptions', 'editmywatchlist', 'editmyprivateinfo'),
  user: on(
    'move', 'move-subpages', 'move-rootuserpages', 'move-categorypages', 'movefile', 'read', 'edit', 'createpage', 'createtalk',
    'upload', 'reupload', 'reupload-shared', 'minoredit', 'editmyusercss', 'editmyuserjson', 'editmyuserjs', 'editmyuserjsredirect',
    'sendemail', 'applychangetags', 'changetags', 'editcontentmodel', 'purge',
  ),
  autoconfirmed: on('autoconfirmed', 'editsemiprotected'),
  bot: on('bot', 'autoconfirmed', 'editsemiprotected', 'nominornewtalk', 'autopatrol', 'suppressredirect', 'apihighlimits'),
  sysop: on(
    'block', 'createaccount', 'delete', 'bigdelete', 'deletedhistory', 'deletedtext', 'undelete', 'editinterface', 'editsitejson',
    'edituserjson', 'import', 'importupload', 'move', 'move-subpages', 'move-rootuserpages', 'move-categorypages', 'patrol',
    'autopatrol', 'protect', 'editprotected', 'rollback', 'upload', 'reupload', 'reupload-shared', 'unwatchedpages', 'autoconfirmed',
    'editsemiprotected', 'ipblock-exempt', 'blockemail', 'markbotedits', 'apihighlimits', 'browsearchive', 'noratelimit',
    'movefile', 'unblockself', 'suppressredirect', 'mergehistory', 'managechangetags', 'deletechangetags',
  ),
  'interface-admin': on('editinterface', 'editsitecss', 'editsitejson', 'editsitejs', 'editusercss', 'edituserjson', 'edituserjs'),
  bureaucrat: on('userrights', 'noratelimit', 'renameuser'),
  suppress: on('hideuser', 'suppressrevision', 'suppressionlog', 'deletelogentry', 'deleterevision', 'viewsuppressed'),
};

/** Groups every user is in by being who they are, never stored ('*' all, 'user' and 'autoconfirmed' the registered). */
export const implicitGroups = ['*', 'user', 'autoconfirmed'];

/** The defaults with the settings' changes applied. */
export function effectivePermissions(overrides: GroupPermissions | undefined): GroupPermissions {
  const out: GroupPermissions = {};
  for (const [group, rights] of Object.entries(defaultGroupPermissions)) out[group] = { ...rights };
  for (const [group, rights] of Object.entries(overrides ?? {})) out[group] = { ...out[group], ...rights };
  return out;
}

/** The rights of someone in these groups ('*' always counts). */
export function rightsForGroups(permissions: GroupPermissions, groups: string[]): string[] {
  const rights = new Set<string>();
  for (const group of new Set(['*', ...groups])) {
    for (const [right, granted] of Object.entries(permissions[group] ?? {})) if (granted) rights.add(right);
  }
  return [...rights].sort();
}

/** Groups that can be given explicitly (all configured ones but the implicit ones). */
export function explicitGroups(permissions: GroupPermissions): string[] {
  return Object.keys(permissions).filter((g) => !implicitGroups.includes(g)).sort();
}

/** Which groups someone in `groups` with `rights` may add and remove ($wgAddGroups / $wgRemoveGroups, or all with `userrights`). */
export function changeableGroups(
  permissions: GroupPermissions, groups: string[], rights: string[],
  addGroups: Record<string, string[] | true> = {}, removeGroups: Record<string, string[] | true> = {},
): { add: string[]; remove: string[] } {
  const all = explicitGroups(permissions);
  if (rights.includes('userrights')) return { add: all, remove: all };
  const collect = (table: Record<string, string[] | true>): string[] => {
    const out = new Set<string>();
    for (const g of groups) {
      const entry = table[g];
      if (entry === true) return all;
      for (const x of entry ?? []) out.add(x);
    }
    return [...out].filter((g) => all.includes(g)).sort();
  };
  return { add: collect(addGroups), remove: collect(removeGroups) };
}
