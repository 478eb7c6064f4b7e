/**
 * Blocking and unblocking, as MediaWiki's BlockUser and UnblockUser: the target is an
 * account, an IP address or a CIDR range (no wider than $wgBlockCIDRLimit); the block has an
 * expiry, a reason and options (account creation, the user's own talk page, anonymous users
 * only for addresses) and is sitewide or partial (pages and namespaces). Changing an existing
 * block is a reblock. Each is logged in the block log (block, reblock, unblock).
 */
import type { Title } from '../core/title.ts';
import type { BlockRecord, BlockRestriction } from '../storage/community-store.ts';
import { canonicalUserName } from '../users/user-name.ts';
import { OperationError } from '../wiki/operation-error.ts';
import { parseExpiry } from '../wiki/protection-expiry.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import { requireRight, type Actor } from '../wiki/user-rights.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { blockCidrLimit, parseIpRange } from './ip-address.ts';

export interface BlockInput extends Actor {
  target: string;
  /** "infinite", a relative time ("1 week") or a timestamp. */
  expiry: string;
  reason?: string;
  /** Prevent account creation (default true). */
  createAccount?: boolean;
  /** Let the user edit their own talk page (default true). */
  allowUsertalk?: boolean;
  /** Address blocks only: leave logged-in users alone. */
  anonOnly?: boolean;
  /** A partial block: only these pages and namespaces. */
  partial?: { pages: Array<Title | string>; namespaces: number[] };
  /** Replace the target's existing block instead of refusing. */
  reblock?: boolean;
}

export interface BlockResult {
  block: BlockRecord;
  logId: number;
  action: 'block' | 'reblock';
}

interface ResolvedTarget {
  address: string;
  userId: number;
  rangeStart: string;
  rangeEnd: string;
}

/** The target as a block stores it, or an OperationError (nosuchuser, invalidip, ip_range_toolarge). */
export function resolveBlockTarget(wiki: Wiki, text: string): ResolvedTarget {
  const range = parseIpRange(text.replace(/^user:/i, ''));
  if (range) {
    if (range.prefix < (range.version === 4 ? blockCidrLimit.v4 : blockCidrLimit.v6)) {
      throw new OperationError('ip_range_toolarge', `Range blocks larger than /${range.version === 4 ? blockCidrLimit.v4 : blockCidrLimit.v6} are not allowed.`);
    }
    return { address: range.canonical, userId: 0, rangeStart: range.start, rangeEnd: range.end };
  }
  const name = canonicalUserName(wiki.titles, text.replace(/^user:/i, ''));
  const user = name ? wiki.repo.users.getUserByName(name) : null;
  if (!user) throw new OperationError('nosuchuser', `User "${text}" does not exist.`);
  return { address: user.name, userId: user.id, rangeStart: '', rangeEnd: '' };
}

function restrictionsOf(wiki: Wiki, partial: NonNullable<BlockInput['partial']>): BlockRestriction[] {
  const out: BlockRestriction[] = [];
  for (const p of partial.pages) {
    const title = typeof p === 'string' ? wiki.titles.parse(p) : p;
    const page = title ? wiki.repo.getPage(title.ns, title.dbKey) : null;
    if (!page) throw new OperationError('cant-block-nonexistent-page', `Cannot block a user from editing "${String(typeof p === 'string' ? p : p.prefixedText)}" because it does not exist.`);
    out.push({ type: 'page', value: page.pageId });
  }
  for (const ns of partial.namespaces) out.push({ type: 'ns', value: ns });
  return out;
}

function flagsOf(b: BlockRecord): string[] {
  const flags: string[] = [];
  if (b.anonOnly) flags.push('anononly');
  if (b.createAccount) flags.push('nocreate');
  if (!b.allowUsertalk) flags.push('nousertalk');
  return flags;
}

export function blockUser(wiki: Wiki, input: BlockInput): BlockResult {
  requireRight(input, 'block');
  const target = resolveBlockTarget(wiki, input.target);
  const expiry = parseExpiry(input.expiry);
  const performer = input.user ?? 'Maintenance script';
  return wiki.repo.transaction(() => {
    const existing = wiki.repo.community.blockOf(target.address);
    if (existing && !input.reblock) throw new OperationError('alreadyblocked', `"${target.address}" is already blocked.`);
    if (existing) wiki.repo.community.deleteBlock(existing.id);
    const partial = input.partial && (input.partial.pages.length || input.partial.namespaces.length) ? input.partial : null;
    const timestamp = isoTimestamp();
    const block = wiki.repo.community.insertBlock({
      ...target, byId: input.userId ?? 0, byName: performer, reason: input.reason ?? '', timestamp, expiry,
      anonOnly: target.userId === 0 && (input.anonOnly ?? false), createAccount: input.createAccount ?? true,
      allowUsertalk: input.allowUsertalk ?? true, sitewide: partial === null, restrictions: partial ? restrictionsOf(wiki, partial) : [],
    })!;
    const action = existing ? 'reblock' : 'block';
    const params: Record<string, unknown> = {
      duration: expiry === 'infinity' ? 'infinity' : input.expiry.trim(), flags: flagsOf(block), sitewide: block.sitewide,
    };
    if (expiry !== 'infinity') params.expiry = expiry;
    if (!block.sitewide) {
      params.restrictions = {
        pages: block.restrictions.filter((r) => r.type === 'page').map((r) => {
          const page = wiki.repo.getPageById(r.value)!;
          return { page_ns: page.namespace, page_title: wiki.titles.makeTitle(page.namespace, page.dbKey)?.prefixedText ?? page.dbKey };
        }),
        namespaces: block.restrictions.filter((r) => r.type === 'ns').map((r) => r.value),
      };
    }
    const logId = wiki.repo.addLogEntry({
      type: 'block', action, timestamp, userName: performer, userId: input.userId ?? 0, namespace: 2,
      dbKey: block.address.replace(/ /g, '_'), pageId: null, comment: input.reason ?? '', params,
    });
    return { block, logId, action };
  });
}

export interface UnblockInput extends Actor {
  /** The target (name, address or range), or `#id`. */
  target?: string;
  id?: number;
  reason?: string;
}

export function unblockUser(wiki: Wiki, input: UnblockInput): { block: BlockRecord; logId: number } {
  requireRight(input, 'block');
  let block: BlockRecord | null = null;
  const idText = input.id ?? (input.target && /^#\d+$/.test(input.target.trim()) ? Number(input.target.trim().slice(1)) : undefined);
  if (idText !== undefined) block = wiki.repo.community.getBlock(idText);
  else if (input.target) {
    const range = parseIpRange(input.target);
    const address = range ? range.canonical : canonicalUserName(wiki.titles, input.target.replace(/^user:/i, ''));
    block = address ? wiki.repo.community.blockOf(address) : null;
  }
  if (!block) throw new OperationError('cantunblock', 'The block you specified was not found. It may have been unblocked already.');
  const performer = input.user ?? 'Maintenance script';
  if (block.userId > 0 && block.userId === input.userId && input.rights && !input.rights.includes('unblockself')) {
    throw new OperationError('unblock-self', 'You cannot unblock yourself.');
  }
  const found = block;
  return wiki.repo.transaction(() => {
    wiki.repo.community.deleteBlock(found.id);
    const logId = wiki.repo.addLogEntry({
      type: 'block', action: 'unblock', timestamp: isoTimestamp(), userName: performer, userId: input.userId ?? 0,
      namespace: 2, dbKey: found.address.replace(/ /g, '_'), pageId: null, comment: input.reason ?? '',
    });
    return { block: found, logId };
  });
}
