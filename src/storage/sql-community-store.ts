/**
 * The CommunityStore in SQL both databases accept, over the query runner the user and file
 * stores use: contributions from the revision table, blocks in ipblocks (with their partial
 * block restrictions) and watchlists joined to recentchanges.
 */
import type {
  BlockQuery, BlockRecord, BlockRestriction, CommunityStore, Contribution, ContributionQuery, NewBlock, WatchedTitle,
} from './community-store.ts';
import type { RecentChange } from './repository.ts';
import { toRecentChange, type RecentChangeRow, type RevisionRow } from './sql/rows.ts';
import type { SqlArg as Arg, SqlRunner } from './sql/sql-connection.ts';

/** A revision row (sql/rows.ts) without its text columns, with its page and its parent's size. */
type ContributionRow = Omit<RevisionRow, 'rev_sha1' | 'rev_content_model' | 'rev_content_format' | 'content_text'> & {
  page_namespace: number;
  page_title: string;
  page_latest: number;
  parent_len: number | null;
};

interface BlockRow {
  ipb_id: number;
  ipb_address: string;
  ipb_user: number;
  ipb_by: number;
  ipb_by_text: string;
  ipb_reason: string;
  ipb_timestamp: string;
  ipb_anon_only: number;
  ipb_create_account: number;
  ipb_allow_usertalk: number;
  ipb_expiry: string;
  ipb_range_start: string;
  ipb_range_end: string;
  ipb_sitewide: number;
}

function toContribution(r: ContributionRow): Contribution {
  return {
    revId: Number(r.rev_id),
    pageId: Number(r.rev_page),
    namespace: Number(r.page_namespace),
    dbKey: r.page_title,
    timestamp: r.rev_timestamp,
    userName: r.rev_user_text,
    userId: Number(r.rev_user ?? 0),
    comment: r.rev_comment,
    minor: Number(r.rev_minor_edit) !== 0,
    size: Number(r.rev_len),
    parentSize: r.parent_len === null ? null : Number(r.parent_len),
    parentId: r.rev_parent_id === null ? null : Number(r.rev_parent_id),
    top: Number(r.page_latest) === Number(r.rev_id),
    deleted: Number(r.rev_deleted),
  };
}

/** "infinity" sorts after every ISO time, so `ipb_expiry > now` keeps blocks without end. */
const unexpired = 'ipb_expiry > ?';

export class SqlCommunityStore implements CommunityStore {
  constructor(private readonly db: SqlRunner) {}

  contributions(q: ContributionQuery): Contribution[] {
    const where = ['r.rev_user_text = ?'];
    const args: Arg[] = [q.userName];
    if (q.namespaces?.length) {
      where.push(`page_namespace IN (${q.namespaces.map(() => '?').join(', ')})`);
      args.push(...q.namespaces);
    }
    if (q.topOnly) where.push('page_latest = r.rev_id');
    const cmp = q.newer ? '>' : '<';
    if (q.from) {
      where.push(`(r.rev_timestamp ${cmp} ? OR (r.rev_timestamp = ? AND r.rev_id ${cmp}= ?))`);
      args.push(q.from.timestamp, q.from.timestamp, q.from.revId);
    }
    const order = q.newer ? 'ASC' : 'DESC';
    const rows = this.db.all<ContributionRow>(
      `SELECT r.rev_id, r.rev_page, r.rev_parent_id, r.rev_timestamp, r.rev_user_text, r.rev_user, r.rev_comment,
         r.rev_minor_edit, r.rev_deleted, r.rev_len, page_namespace, page_title, page_latest, p.rev_len AS parent_len
       FROM revision r JOIN page ON page_id = r.rev_page LEFT JOIN revision p ON p.rev_id = r.rev_parent_id
       WHERE ${where.join(' AND ')} ORDER BY r.rev_timestamp ${order}, r.rev_id ${order} LIMIT ?`,
      ...args, q.limit,
    );
    return rows.map(toContribution);
  }

  insertBlock(b: NewBlock): BlockRecord | null {
    return this.db.transaction(() => {
      if (this.blockOf(b.address)) return null;
      const row = this.db.get<{ ipb_id: number }>(
        `INSERT INTO ipblocks (ipb_address, ipb_user, ipb_by, ipb_by_text, ipb_reason, ipb_timestamp, ipb_anon_only,
           ipb_create_account, ipb_allow_usertalk, ipb_expiry, ipb_range_start, ipb_range_end, ipb_sitewide)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ipb_id`,
        b.address, b.userId, b.byId, b.byName, b.reason, b.timestamp, b.anonOnly ? 1 : 0, b.createAccount ? 1 : 0,
        b.allowUsertalk ? 1 : 0, b.expiry, b.rangeStart, b.rangeEnd, b.sitewide ? 1 : 0,
      );
      const id = Number(row!.ipb_id);
      for (const r of b.restrictions) {
        this.db.run('INSERT INTO ipblocks_restrictions (ir_ipb_id, ir_type, ir_value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', id, r.type === 'page' ? 1 : 2, r.value);
      }
      return { ...b, id };
    });
  }

  getBlock(id: number): BlockRecord | null {
    return this.withRestrictions(this.db.all<BlockRow>('SELECT * FROM ipblocks WHERE ipb_id = ?', id))[0] ?? null;
  }

  blockOf(address: string): BlockRecord | null {
    return this.withRestrictions(this.db.all<BlockRow>('SELECT * FROM ipblocks WHERE ipb_address = ?', address))[0] ?? null;
  }

  blocksAffecting(opts: { userId: number; addressHex?: string; now: string }): BlockRecord[] {
    const who: string[] = [];
    const args: Arg[] = [];
    if (opts.userId > 0) { who.push('ipb_user = ?'); args.push(opts.userId); }
    if (opts.addressHex) {
      who.push("(ipb_range_start <> '' AND ipb_range_start <= ? AND ipb_range_end >= ?)");
      args.push(opts.addressHex, opts.addressHex);
    }
    if (who.length === 0) return [];
    return this.withRestrictions(this.db.all<BlockRow>(
      `SELECT * FROM ipblocks WHERE (${who.join(' OR ')}) AND ${unexpired} ORDER BY ipb_timestamp DESC, ipb_id DESC`,
      ...args, opts.now,
    ));
  }

  listBlocks(q: BlockQuery): BlockRecord[] {
    const where: string[] = [];
    const args: Arg[] = [];
    if (q.addresses?.length) { where.push(`ipb_address IN (${q.addresses.map(() => '?').join(', ')})`); args.push(...q.addresses); }
    if (q.ids?.length) { where.push(`ipb_id IN (${q.ids.map(() => '?').join(', ')})`); args.push(...q.ids); }
    if (q.now) { where.push(unexpired); args.push(q.now); }
    return this.withRestrictions(this.db.all<BlockRow>(
      `SELECT * FROM ipblocks ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ipb_timestamp DESC, ipb_id DESC LIMIT ? OFFSET ?`,
      ...args, q.limit, q.offset ?? 0,
    ));
  }

  deleteBlock(id: number): boolean {
    return this.db.transaction(() => {
      if (!this.db.get('SELECT ipb_id FROM ipblocks WHERE ipb_id = ?', id)) return false;
      this.db.run('DELETE FROM ipblocks_restrictions WHERE ir_ipb_id = ?', id);
      this.db.run('DELETE FROM ipblocks WHERE ipb_id = ?', id);
      return true;
    });
  }

  watch(userId: number, titles: WatchedTitle[]): void {
    this.db.transaction(() => {
      for (const t of titles) {
        this.db.run(
          'INSERT INTO watchlist (wl_user, wl_namespace, wl_title) VALUES (?, ?, ?) ON CONFLICT (wl_user, wl_namespace, wl_title) DO NOTHING',
          userId, t.namespace, t.dbKey,
        );
      }
    });
  }

  unwatch(userId: number, titles: WatchedTitle[]): void {
    this.db.transaction(() => {
      for (const t of titles) this.db.run('DELETE FROM watchlist WHERE wl_user = ? AND wl_namespace = ? AND wl_title = ?', userId, t.namespace, t.dbKey);
    });
  }

  isWatched(userId: number, t: WatchedTitle): boolean {
    return this.db.get('SELECT wl_id FROM watchlist WHERE wl_user = ? AND wl_namespace = ? AND wl_title = ?', userId, t.namespace, t.dbKey) !== null;
  }

  watchedTitles(userId: number, opts: { limit?: number; from?: WatchedTitle } = {}): WatchedTitle[] {
    const from = opts.from ? 'AND (wl_namespace > ? OR (wl_namespace = ? AND wl_title >= ?))' : '';
    const args: Arg[] = opts.from ? [opts.from.namespace, opts.from.namespace, opts.from.dbKey] : [];
    return this.db.all<{ wl_namespace: number; wl_title: string }>(
      `SELECT wl_namespace, wl_title FROM watchlist WHERE wl_user = ? ${from} ORDER BY wl_namespace, wl_title LIMIT ?`,
      userId, ...args, opts.limit ?? 1_000_000,
    ).map((r) => ({ namespace: Number(r.wl_namespace), dbKey: r.wl_title }));
  }

  watchedChanges(userId: number, opts: { limit: number; namespaces?: number[]; since?: string }): RecentChange[] {
    const where = ['wl_user = ?'];
    const args: Arg[] = [userId];
    if (opts.namespaces?.length) { where.push(`rc_namespace IN (${opts.namespaces.map(() => '?').join(', ')})`); args.push(...opts.namespaces); }
    if (opts.since) { where.push('rc_timestamp >= ?'); args.push(opts.since); }
    const rows = this.db.all<RecentChangeRow>(
      `SELECT recentchanges.* FROM recentchanges JOIN watchlist ON wl_namespace = rc_namespace AND wl_title = rc_title
       WHERE ${where.join(' AND ')} ORDER BY rc_timestamp DESC, rc_id DESC LIMIT ?`,
      ...args, opts.limit,
    );
    return rows.map(toRecentChange);
  }

  private withRestrictions(rows: BlockRow[]): BlockRecord[] {
    return rows.map((r) => {
      const id = Number(r.ipb_id);
      const restrictions: BlockRestriction[] = this.db.all<{ ir_type: number; ir_value: number }>(
        'SELECT ir_type, ir_value FROM ipblocks_restrictions WHERE ir_ipb_id = ? ORDER BY ir_type, ir_value', id,
      ).map((x) => ({ type: Number(x.ir_type) === 1 ? 'page' : 'ns', value: Number(x.ir_value) }));
      return {
        id,
        address: r.ipb_address,
        userId: Number(r.ipb_user),
        byId: Number(r.ipb_by),
        byName: r.ipb_by_text,
        reason: r.ipb_reason,
        timestamp: r.ipb_timestamp,
        expiry: r.ipb_expiry,
        anonOnly: Number(r.ipb_anon_only) !== 0,
        createAccount: Number(r.ipb_create_account) !== 0,
        allowUsertalk: Number(r.ipb_allow_usertalk) !== 0,
        rangeStart: r.ipb_range_start,
        rangeEnd: r.ipb_range_end,
        sitewide: Number(r.ipb_sitewide) !== 0,
        restrictions,
      };
    });
  }
}
