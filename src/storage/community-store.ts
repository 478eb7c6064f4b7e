/**
 * Storage for the community tools: a user's contributions (revisions by editor name),
 * blocks (MediaWiki's ipblocks and ipblocks_restrictions) and watchlists. One SQL
 * implementation serves both databases (sql-community-store.ts).
 */
import type { RecentChange } from './repository.ts';

/** One revision as Special:Contributions lists it. */
export interface Contribution {
  revId: number;
  pageId: number;
  namespace: number;
  dbKey: string;
  timestamp: string;
  userName: string;
  userId: number;
  comment: string;
  minor: boolean;
  size: number;
  /** The parent revision's size; null for a page creation (or an unknown parent). */
  parentSize: number | null;
  parentId: number | null;
  /** Whether this is the page's current revision. */
  top: boolean;
  deleted: number;
}

export interface ContributionQuery {
  userName: string;
  namespaces?: number[];
  limit: number;
  /** Continue past this revision: older than it, or newer with `newer`. */
  from?: { timestamp: string; revId: number };
  /** Oldest first. */
  newer?: boolean;
  /** Only revisions that are their page's current one. */
  topOnly?: boolean;
}

/** A block's restriction: a page (by id) or a namespace. */
export interface BlockRestriction {
  type: 'page' | 'ns';
  value: number;
}

export interface BlockRecord {
  id: number;
  /** The user name, IP address or CIDR range blocked. */
  address: string;
  /** The blocked account; 0 for addresses and ranges. */
  userId: number;
  byId: number;
  byName: string;
  reason: string;
  timestamp: string;
  /** "infinity" or an ISO 8601 UTC time. */
  expiry: string;
  /** An address block that leaves logged-in users alone. */
  anonOnly: boolean;
  createAccount: boolean;
  allowUsertalk: boolean;
  /** First and last address covered, hexadecimal (src/community/blocks/ip-address.ts); '' for accounts. */
  rangeStart: string;
  rangeEnd: string;
  sitewide: boolean;
  restrictions: BlockRestriction[];
}

export type NewBlock = Omit<BlockRecord, 'id'>;

export interface BlockQuery {
  limit: number;
  offset?: number;
  /** Only blocks of these targets (names, addresses or ranges as written). */
  addresses?: string[];
  ids?: number[];
  /** Leave out blocks that expired before this time. */
  now?: string;
}

export interface WatchedTitle {
  namespace: number;
  dbKey: string;
}

export interface CommunityStore {
  contributions(q: ContributionQuery): Contribution[];

  /** Adds the block; returns null when the target already has one. */
  insertBlock(block: NewBlock): BlockRecord | null;
  getBlock(id: number): BlockRecord | null;
  /** The block of exactly this target (account name, address or range). */
  blockOf(address: string): BlockRecord | null;
  /** Unexpired blocks of the account, or covering the address (hexadecimal form). */
  blocksAffecting(opts: { userId: number; addressHex?: string; now: string }): BlockRecord[];
  /** Newest first. */
  listBlocks(q: BlockQuery): BlockRecord[];
  deleteBlock(id: number): boolean;

  watch(userId: number, titles: WatchedTitle[]): void;
  unwatch(userId: number, titles: WatchedTitle[]): void;
  isWatched(userId: number, title: WatchedTitle): boolean;
  /** The user's watched titles in (namespace, title) order. */
  watchedTitles(userId: number, opts?: { limit?: number; from?: WatchedTitle }): WatchedTitle[];
  /** Recent changes to the user's watched titles, newest first. */
  watchedChanges(userId: number, opts: { limit: number; namespaces?: number[]; since?: string }): RecentChange[];
}
