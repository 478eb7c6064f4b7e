/**
 * Grants: named bundles of rights a bot password may use (MediaWiki's $wgGrantPermissions,
 * the grants a wiki's own bots need). A bot password's session has the rights of its grants
 * that the user also has; `basic` is always granted.
 */
export const grantPermissions: Record<string, string[]> = {
  basic: ['autoconfirmed', 'autopatrol', 'editsemiprotected', 'ipblock-exempt', 'nominornewtalk', 'read', 'unwatchedpages', 'viewmyprivateinfo', 'viewmywatchlist'],
  highvolume: ['bot', 'apihighlimits', 'noratelimit', 'markbotedits'],
  editpage: ['edit', 'minoredit', 'applychangetags', 'changetags', 'editcontentmodel', 'purge'],
  editprotected: ['edit', 'minoredit', 'applychangetags', 'changetags', 'editcontentmodel', 'editprotected'],
  createeditmovepage: ['edit', 'minoredit', 'createpage', 'createtalk', 'move', 'move-rootuserpages', 'move-subpages', 'move-categorypages', 'suppressredirect'],
  uploadfile: ['upload', 'reupload-own'],
  uploadeditmovefile: ['upload', 'reupload', 'reupload-own', 'reupload-shared', 'upload_by_url', 'movefile', 'suppressredirect'],
  patrol: ['patrol'],
  rollback: ['rollback'],
  blockusers: ['block', 'blockemail'],
  viewdeleted: ['browsearchive', 'deletedhistory', 'deletedtext'],
  delete: ['delete', 'bigdelete', 'deletelogentry', 'deleterevision', 'undelete', 'browsearchive', 'deletedhistory', 'deletedtext'],
  protect: ['edit', 'minoredit', 'editprotected', 'protect'],
  editinterface: ['editinterface', 'editsitejson', 'edituserjson'],
  createaccount: ['createaccount'],
};

/** Grants a user may pick (all but the implicit `basic`). */
export const selectableGrants = Object.keys(grantPermissions).filter((g) => g !== 'basic');

/** The rights a session with these grants keeps of the user's `rights`. */
export function rightsWithGrants(rights: string[], grants: string[]): string[] {
  const allowed = new Set<string>();
  for (const grant of ['basic', ...grants]) for (const r of grantPermissions[grant] ?? []) allowed.add(r);
  return rights.filter((r) => allowed.has(r));
}
