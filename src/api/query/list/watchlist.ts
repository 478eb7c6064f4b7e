/**
 * list=watchlist: recent changes to the logged-in user's watched pages, newest first, by
 * namespace, with wlprop= title, ids, user, comment, timestamp, sizes and flags.
 */
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import { parseTimestamp } from '../../format.ts';
import type { ListModule } from '../query-module.ts';

const props = ['ids', 'title', 'flags', 'user', 'userid', 'comment', 'parsedcomment', 'timestamp', 'patrol', 'sizes', 'notificationtimestamp', 'loginfo', 'tags', 'expiry'] as const;

export const watchlist: ListModule = {
  name: 'watchlist',
  prefix: 'wl',
  run(q, p, out) {
    const { ctx } = q;
    const userId = ctx.user.id ?? 0;
    if (userId === 0) throw ApiError.withCode('notloggedin', 'You must be logged in to have a watchlist.');
    const { titles, repo } = ctx.wiki;
    const wanted = new Set(p.list('prop', props));
    if (wanted.size === 0) wanted.add('ids').add('title').add('flags');
    const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id));
    const limit = p.limit('limit', 10, 500);
    const end = p.str('end');
    for (const n of ['allrev', 'dir', 'start', 'show', 'type', 'owner', 'token', 'continue', 'user', 'excludeuser']) p.has(n);
    const changes = repo.community.watchedChanges(userId, { limit, namespaces, since: end ? parseTimestamp(p.name('end'), end) : undefined });
    for (const rc of changes) {
      const o: ApiObject = { type: rc.type };
      if (wanted.has('title')) Object.assign(o, { ns: rc.namespace, title: titles.makeTitle(rc.namespace, rc.dbKey)?.prefixedText ?? rc.dbKey });
      if (wanted.has('ids')) Object.assign(o, { pageid: rc.pageId, revid: rc.type === 'log' ? 0 : rc.revId, old_revid: 0 });
      if (wanted.has('user')) o.user = rc.userName;
      if (wanted.has('userid')) o.userid = rc.userId ?? 0;
      if (wanted.has('flags')) {
        ctx.setFlag(o, 'new', rc.type === 'new');
        ctx.setFlag(o, 'minor', rc.minor);
        ctx.setFlag(o, 'bot', false);
      }
      if (wanted.has('comment')) o.comment = rc.comment;
      if (wanted.has('timestamp')) o.timestamp = rc.timestamp;
      if (wanted.has('sizes')) Object.assign(o, { oldlen: rc.oldSize, newlen: rc.newSize });
      if (wanted.has('loginfo') && rc.type === 'log') Object.assign(o, { logid: rc.logId, logtype: rc.logType, logaction: rc.logAction, logparams: rc.logParams ?? {} });
      out.add(o, { ns: rc.namespace, dbKey: rc.dbKey });
    }
  },
};
