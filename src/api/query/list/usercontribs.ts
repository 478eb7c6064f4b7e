/**
 * list=usercontribs: a user's edits (ucuser=, one name or address), newest first (ucdir=newer
 * for oldest first), by namespace, ucshow=top/new/minor, continued by
 * uccontinue=<timestamp>|<rev id>.
 */
import type { Contribution } from '../../../storage/community-store.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import { isAnonName, mwTimestamp } from '../../format.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit, timestampContinue } from '../query-params.ts';

const props = ['ids', 'title', 'timestamp', 'comment', 'parsedcomment', 'size', 'sizediff', 'flags', 'patrolled', 'tags'] as const;
const shows = ['minor', '!minor', 'patrolled', '!patrolled', 'autopatrolled', '!autopatrolled', 'top', '!top', 'new', '!new'] as const;

export const usercontribs: ListModule = {
  name: 'usercontribs',
  prefix: 'uc',
  run(q, p, out) {
    const { ctx } = q;
    const { titles, repo } = ctx.wiki;
    const users = p.list('user').map((u) => u.replace(/_/g, ' '));
    if (users.length === 0) throw new ApiError('missingparam', p.name('user'));
    const wanted = new Set(p.list('prop', props));
    if (wanted.size === 0) for (const x of ['ids', 'title', 'timestamp', 'comment', 'size', 'flags']) wanted.add(x as (typeof props)[number]);
    const show = new Set(p.list('show', shows));
    const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id));
    const newer = p.choice('dir', ['older', 'newer'] as const, 'older') === 'newer';
    const limit = queryLimit(ctx, p);
    const cont = timestampContinue(p);
    const from = cont && { timestamp: cont.timestamp, revId: cont.n };
    const keep = (c: Contribution) =>
      !(show.has('minor') && !c.minor) && !(show.has('!minor') && c.minor) && !(show.has('!top') && c.top)
      && !(show.has('new') && c.parentId !== null) && !(show.has('!new') && c.parentId === null);
    let rows: Contribution[] = [];
    for (const user of users) {
      rows.push(...repo.community.contributions({ userName: user, namespaces, limit: 4 * (limit + 1), newer, topOnly: show.has('top'), from }).filter(keep));
    }
    rows.sort((a, b) => (a.timestamp === b.timestamp ? a.revId - b.revId : a.timestamp < b.timestamp ? -1 : 1));
    if (!newer) rows.reverse();
    if (from) rows = rows.filter((c) => (newer ? c.timestamp > from!.timestamp || (c.timestamp === from!.timestamp && c.revId >= from!.revId) : c.timestamp < from!.timestamp || (c.timestamp === from!.timestamp && c.revId <= from!.revId)));
    for (const c of rows.slice(0, limit)) out.add(contribOut(c), { ns: c.namespace, dbKey: c.dbKey });
    if (rows.length > limit) out.setContinue('continue', `${mwTimestamp(rows[limit].timestamp)}|${rows[limit].revId}`);

    function contribOut(c: Contribution): ApiObject {
      const o: ApiObject = { userid: c.userId, user: c.userName };
      if (isAnonName(c.userName)) ctx.setFlag(o, 'anon', true);
      if (wanted.has('ids')) Object.assign(o, { pageid: c.pageId, revid: c.revId, parentid: c.parentId ?? 0 });
      if (wanted.has('title')) Object.assign(o, { ns: c.namespace, title: titles.makeTitle(c.namespace, c.dbKey)?.prefixedText ?? c.dbKey });
      if (wanted.has('timestamp')) o.timestamp = c.timestamp;
      if (wanted.has('flags')) {
        ctx.setFlag(o, 'new', c.parentId === null);
        ctx.setFlag(o, 'minor', c.minor);
        ctx.setFlag(o, 'top', c.top);
        if (ctx.fv2) {
          o.new ??= false;
          o.minor ??= false;
          o.top ??= false;
        }
      }
      if (wanted.has('comment')) o.comment = c.comment;
      if (wanted.has('size')) o.size = c.size;
      if (wanted.has('sizediff')) o.sizediff = c.size - (c.parentSize ?? 0);
      if (wanted.has('tags')) o.tags = [];
      return o;
    }
  },
};
