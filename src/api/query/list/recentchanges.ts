/**
 * list=recentchanges: edits, page creations and log lines, newest first (rcdir=newer for
 * oldest first), filtered by namespace, type, user, rcshow and time, continued by
 * rccontinue=<timestamp>|<position among the changes of that second>.
 */
import type { RecentChange } from '../../../storage/repository.ts';
import type { ApiObject } from '../../api-context.ts';
import { isAnonName, mwTimestamp, parseTimestamp } from '../../format.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit, timestampContinue } from '../query-params.ts';

const props = ['user', 'userid', 'comment', 'parsedcomment', 'flags', 'timestamp', 'title', 'ids', 'sizes', 'redirect', 'patrolled', 'loginfo', 'tags', 'sha1'] as const;
const shows = ['minor', '!minor', 'bot', '!bot', 'anon', '!anon', 'redirect', '!redirect', 'patrolled', '!patrolled', 'unpatrolled', 'autopatrolled', '!autopatrolled'] as const;

export const recentchanges: ListModule = {
  name: 'recentchanges',
  prefix: 'rc',
  run(q, p, out) {
    const { ctx } = q;
    const { titles, repo } = ctx.wiki;
    const wanted = new Set(p.list('prop', props));
    if (wanted.size === 0) wanted.add('title').add('timestamp').add('ids');
    const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id));
    const types = new Set(p.list('type', ['edit', 'new', 'log', 'external', 'categorize']));
    const show = new Set(p.list('show', shows));
    const user = p.str('user')?.replace(/_/g, ' ');
    const exclude = p.str('excludeuser')?.replace(/_/g, ' ');
    const dir = p.choice('dir', ['older', 'newer'] as const, 'older');
    const limit = queryLimit(ctx, p);
    const start = p.str('start');
    const end = p.str('end');
    const startTs = start ? parseTimestamp(p.name('start'), start) : undefined;
    const endTs = end ? parseTimestamp(p.name('end'), end) : undefined;
    const from = timestampContinue(p);
    const cursor = from ? { ts: from.timestamp, skip: from.n } : null;
    const newer = dir === 'newer';
    const keep = (rc: RecentChange) => {
      if (types.size && !types.has(rc.type)) return false;
      if (user && rc.userName !== user) return false;
      if (exclude && rc.userName === exclude) return false;
      if (show.has('minor') && !rc.minor) return false;
      if (show.has('!minor') && rc.minor) return false;
      if (show.has('anon') && !isAnonName(rc.userName)) return false;
      if (show.has('!anon') && isAnonName(rc.userName)) return false;
      if (show.has('bot')) return false;
      // Older than rcstart / newer than rcend (the other way round with rcdir=newer).
      if (startTs && (newer ? rc.timestamp < startTs : rc.timestamp > startTs)) return false;
      if (endTs && (newer ? rc.timestamp > endTs : rc.timestamp < endTs)) return false;
      return true;
    };

    // The repository lists newest first; read until enough rows lie past the cursor.
    let rows: RecentChange[] = [];
    for (let n = Math.max(2 * (limit + 1), 100); ; n *= 4) {
      const all = repo.recentChanges({ limit: n, namespace: namespaces?.length === 1 ? namespaces[0] : undefined });
      rows = all.filter((rc) => (!namespaces || namespaces.includes(rc.namespace)) && keep(rc));
      if (newer) rows.reverse();
      if (cursor) rows = afterCursor(rows, cursor, newer);
      if (all.length < n || (!newer && rows.length > limit)) break;
    }
    for (const rc of rows.slice(0, limit)) out.add(changeOut(rc), { ns: rc.namespace, dbKey: rc.dbKey });
    if (rows.length > limit) {
      const next = rows[limit];
      const sameSecond = rows.slice(0, limit).filter((r) => r.timestamp === next.timestamp).length;
      const skip = (cursor && cursor.ts === next.timestamp ? cursor.skip : 0) + sameSecond;
      out.setContinue('continue', `${mwTimestamp(next.timestamp)}|${skip}`);
    }

    function changeOut(rc: RecentChange): ApiObject {
      const o: ApiObject = { type: rc.type };
      if (wanted.has('title')) {
        o.ns = rc.namespace;
        o.title = titles.makeTitle(rc.namespace, rc.dbKey)?.prefixedText ?? rc.dbKey;
      }
      if (wanted.has('ids')) {
        o.pageid = rc.pageId;
        o.revid = rc.type === 'log' ? 0 : rc.revId;
        o.old_revid = rc.type === 'edit' ? (repo.getRevision(rc.revId)?.parentId ?? 0) : 0;
      }
      if (wanted.has('user')) {
        o.user = rc.userName;
        ctx.setFlag(o, 'anon', isAnonName(rc.userName));
      }
      if (wanted.has('userid')) o.userid = 0;
      if (wanted.has('flags')) {
        ctx.setFlag(o, 'new', rc.type === 'new');
        ctx.setFlag(o, 'minor', rc.minor);
        if (ctx.fv2) {
          o.new ??= false;
          o.minor ??= false;
          o.bot = false;
        }
      }
      if (wanted.has('sizes')) {
        o.oldlen = rc.oldSize;
        o.newlen = rc.newSize;
      }
      if (wanted.has('timestamp')) o.timestamp = rc.timestamp;
      if (wanted.has('comment')) o.comment = rc.comment;
      if (wanted.has('loginfo') && rc.type === 'log') {
        o.logid = rc.logId;
        o.logtype = rc.logType;
        o.logaction = rc.logAction;
        o.logparams = rc.logParams ?? {};
      }
      if (wanted.has('tags')) o.tags = [];
      return o;
    }
  },
};

/** Rows past a continuation point: older (or newer) than its second, or later within it. */
function afterCursor(rows: RecentChange[], cursor: { ts: string; skip: number }, newer: boolean): RecentChange[] {
  const out: RecentChange[] = [];
  let seen = 0;
  for (const r of rows) {
    if (r.timestamp === cursor.ts) {
      if (seen++ >= cursor.skip) out.push(r);
    } else if (newer ? r.timestamp > cursor.ts : r.timestamp < cursor.ts) {
      out.push(r);
    }
  }
  return out;
}
