/**
 * Whether a block stops someone, as MediaWiki's BlockManager and PermissionManager decide:
 * an account's own block, and any unexpired block covering the address it edits from
 * (address blocks marked "anonymous only" leave logged-in users alone; the ipblock-exempt
 * right ignores address blocks). A sitewide block stops every edit except, when allowed,
 * to the user's own talk page; a partial block only edits to its pages and namespaces.
 */
import type { Title } from '../core/title.ts';
import type { BlockRecord } from '../storage/community-store.ts';
import { OperationError } from '../wiki/operation-error.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Actor } from '../wiki/user-rights.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { ipToHex } from './ip-address.ts';

/** The request's address, which address blocks apply to (an account's own name is no address). */
export interface BlockSubject {
  userId?: number | null;
  user?: string;
  rights?: string[];
  /** Where the request comes from; for anonymous editors their name is their address. */
  address?: string;
}

export class BlockedError extends OperationError {
  constructor(readonly block: BlockRecord) {
    super('blocked', block.sitewide ? 'You have been blocked from editing.' : 'You have been blocked from editing this page.');
  }
}

/** The block that applies to this person, if any: their account's first, then the newest covering their address. */
export function activeBlock(wiki: Wiki, who: BlockSubject): BlockRecord | null {
  const userId = who.userId ?? 0;
  const address = userId > 0 ? who.address : (who.address ?? who.user);
  const exempt = who.rights?.includes('ipblock-exempt') ?? false;
  const addressHex = address && !exempt ? ipToHex(address) ?? undefined : undefined;
  const blocks = wiki.repo.community.blocksAffecting({ userId, addressHex, now: isoTimestamp() })
    .filter((b) => (b.userId > 0 ? b.userId === userId : !(b.anonOnly && userId > 0)));
  return blocks.find((b) => b.userId > 0) ?? blocks[0] ?? null;
}

/** Whether the block stops an edit of this page by the named user. */
export function blockPreventsEdit(wiki: Wiki, block: BlockRecord, title: Title, userName: string): boolean {
  const ownTalk = title.ns === 3 && title.dbKey === userName.replace(/ /g, '_');
  if (block.sitewide) return !(ownTalk && block.allowUsertalk);
  if (ownTalk && !block.allowUsertalk) return true;
  const pageId = wiki.repo.getPage(title.ns, title.dbKey)?.pageId;
  return block.restrictions.some((r) => (r.type === 'ns' ? r.value === title.ns : pageId !== undefined && r.value === pageId));
}

/** Throws BlockedError when a block stops the actor changing this page; maintenance callers (no rights) pass. */
export function checkBlocked(wiki: Wiki, actor: Actor & BlockSubject, title: Title): void {
  if (!actor.rights) return;
  const block = activeBlock(wiki, actor);
  if (block && blockPreventsEdit(wiki, block, title, actor.user ?? '')) throw new BlockedError(block);
}

/** Whether a block stops this person creating accounts. */
export function blockedFromCreatingAccounts(wiki: Wiki, who: BlockSubject): BlockRecord | null {
  const block = activeBlock(wiki, who);
  return block && block.sitewide && block.createAccount ? block : null;
}
