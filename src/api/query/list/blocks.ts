/**
 * list=blocks: blocks in force, newest first, optionally of bkusers= or bkids=, with
 * MediaWiki's properties (id, user, userid, by, byid, timestamp, expiry, reason, range,
 * flags, restrictions), continued by bkcontinue=<offset>.
 */
import { parseIpRange } from '../../../community/ip-address.ts';
import { canonicalUserName } from '../../../users/user-name.ts';
import { isoTimestamp } from '../../../wiki/timestamp.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';

const props = ['id', 'user', 'userid', 'by', 'byid', 'timestamp', 'expiry', 'reason', 'range', 'flags', 'restrictions'] as const;

export const blocks: ListModule = {
  name: 'blocks',
  prefix: 'bk',
  run(q, p, out) {
    const { ctx } = q;
    const { wiki } = ctx;
    const wanted = new Set(p.list('prop', props));
    if (wanted.size === 0) for (const x of ['id', 'user', 'by', 'timestamp', 'expiry', 'reason', 'flags']) wanted.add(x as (typeof props)[number]);
    const limit = p.limit('limit', 10, 500);
    const cont = p.str('continue');
    if (cont !== undefined && !/^\d+$/.test(cont)) throw new ApiError('badcontinue');
    const offset = Number(cont ?? 0);
    const addresses = p.list('users').map((u) => parseIpRange(u)?.canonical ?? canonicalUserName(wiki.titles, u) ?? u);
    const ids = p.list('ids').map(Number).filter(Number.isInteger);
    const rows = wiki.repo.community.listBlocks({ limit: limit + 1, offset, now: isoTimestamp(), addresses: addresses.length ? addresses : undefined, ids: ids.length ? ids : undefined });
    for (const b of rows.slice(0, limit)) {
      const o: ApiObject = {};
      if (wanted.has('id')) o.id = b.id;
      if (wanted.has('user')) o.user = b.address;
      if (wanted.has('userid')) o.userid = b.userId;
      if (wanted.has('by')) o.by = b.byName;
      if (wanted.has('byid')) o.byid = b.byId;
      if (wanted.has('timestamp')) o.timestamp = b.timestamp;
      if (wanted.has('expiry')) o.expiry = b.expiry === 'infinity' ? 'infinity' : b.expiry;
      if (wanted.has('reason')) o.reason = b.reason;
      if (wanted.has('range') && b.userId === 0) Object.assign(o, { rangestart: b.rangeStart, rangeend: b.rangeEnd });
      if (wanted.has('flags')) {
        for (const [flag, on] of [['automatic', false], ['anononly', b.anonOnly], ['nocreate', b.createAccount], ['autoblock', false], ['noemail', false], ['hidden', false], ['allowusertalk', b.allowUsertalk]] as const) ctx.setFlag(o, flag, on);
        o.partial = !b.sitewide;
      }
      if (wanted.has('restrictions') && !b.sitewide) {
        o.restrictions = {
          pages: b.restrictions.filter((r) => r.type === 'page').map((r) => {
            const page = wiki.repo.getPageById(r.value);
            return { id: r.value, ns: page?.namespace ?? 0, title: page ? wiki.titles.makeTitle(page.namespace, page.dbKey)?.prefixedText ?? page.dbKey : '' };
          }),
          namespaces: b.restrictions.filter((r) => r.type === 'ns').map((r) => r.value),
        };
      }
      out.add(o, { ns: 2, dbKey: b.address.replace(/ /g, '_') });
    }
    if (rows.length > limit) out.setContinue('continue', String(offset + limit));
  },
};
