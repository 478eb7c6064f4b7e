/**
 * prop=revisions: the latest revision of each page, the revisions asked for by revids=, or
 * (one page only) a range of its history with rvlimit, rvstart/rvend, rvstartid/rvendid,
 * rvdir, rvuser/rvexcludeuser, continued by rvcontinue=<timestamp>|<revid>.
 */
import type { RevisionRecord } from '../../../storage/repository.ts';
import { getSection } from '../../../wiki/section.ts';
import type { ApiContext, ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import { isAnonName, mwTimestamp, parseTimestamp, sha1Hex } from '../../format.ts';
import type { PrefixedParams } from '../../params.ts';
import type { SetPage } from '../page-set.ts';
import type { PropModule, QueryRun } from '../query-module.ts';
import { queryLimit, timestampContinue } from '../query-params.ts';

const props = ['ids', 'flags', 'timestamp', 'user', 'userid', 'size', 'slotsize', 'sha1', 'slotsha1', 'contentmodel', 'comment', 'parsedcomment', 'content', 'tags', 'roles'] as const;
const enumParams = ['limit', 'startid', 'endid', 'start', 'end', 'user', 'excludeuser', 'continue'];

interface Options {
  props: Set<string>;
  slots: boolean;
  section: number | undefined;
}

export const revisions: PropModule = {
  name: 'revisions',
  prefix: 'rv',
  run(q: QueryRun, p: PrefixedParams, pages: SetPage[]) {
    const { ctx } = q;
    const list = p.list('prop', props);
    const opts: Options = {
      props: new Set(list.length ? list : ['ids', 'timestamp', 'flags', 'comment', 'user']),
      slots: p.list('slots').length > 0,
      section: p.int('section', { min: 0 }),
    };
    if (opts.props.has('content') && !opts.slots) {
      ctx.warn('main', 'Because "rvslots" was not specified, a legacy format has been used for the output. This format is deprecated, and in the future the new format will always be used.');
    }
    const dir = p.choice('dir', ['older', 'newer'] as const, 'older');
    const enumMode = enumParams.some((n) => p.str(n) !== undefined) || dir === 'newer';
    if (enumMode) {
      if (pages.length > 1 || pages.some((g) => g.revIds)) {
        throw new ApiError('invalidparammix', 'titles, pageids or a generator was used to supply multiple pages, but the rvlimit, rvstartid, rvendid, rvdir=newer, rvuser, rvexcludeuser, rvstart, and rvend parameters');
      }
      if (pages.length === 1) enumerate(q, p, pages[0], opts, dir);
      return;
    }
    for (const g of pages) {
      const ids = g.revIds ?? [g.page.latestRevisionId];
      const out = (g.out.revisions ??= []) as ApiObject[];
      for (const id of ids) {
        const rev = ctx.wiki.repo.getRevision(id);
        if (rev) out.push(revisionOut(ctx, rev, opts, rev.text));
      }
    }
  },
};

function enumerate(q: QueryRun, p: PrefixedParams, g: SetPage, opts: Options, dir: 'older' | 'newer'): void {
  const { ctx } = q;
  const max = opts.props.has('content') ? 50 : 500;
  const limit = queryLimit(ctx, p, max);
  let revs = ctx.wiki.repo.listRevisions(g.page.pageId, { limit: Number.MAX_SAFE_INTEGER });
  if (dir === 'newer') revs = revs.reverse();
  const newer = dir === 'newer';
  const after = (r: RevisionRecord, ts: string, id: number) => (newer ? r.timestamp > ts || (r.timestamp === ts && r.revId >= id) : r.timestamp < ts || (r.timestamp === ts && r.revId <= id));
  const before = (r: RevisionRecord, ts: string, id: number) => (newer ? r.timestamp < ts || (r.timestamp === ts && r.revId <= id) : r.timestamp > ts || (r.timestamp === ts && r.revId >= id));
  const cont = timestampContinue(p);
  if (cont) revs = revs.filter((r) => after(r, cont.timestamp, cont.n));
  const start = p.str('start');
  if (start) revs = revs.filter((r) => after(r, parseTimestamp(p.name('start'), start), newer ? 0 : Number.MAX_SAFE_INTEGER));
  const end = p.str('end');
  if (end) revs = revs.filter((r) => before(r, parseTimestamp(p.name('end'), end), newer ? Number.MAX_SAFE_INTEGER : 0));
  const startId = p.int('startid');
  if (startId !== undefined) revs = revs.filter((r) => (newer ? r.revId >= startId : r.revId <= startId));
  const endId = p.int('endid');
  if (endId !== undefined) revs = revs.filter((r) => (newer ? r.revId <= endId : r.revId >= endId));
  const user = p.str('user');
  if (user) revs = revs.filter((r) => r.userName === user.replace(/_/g, ' '));
  const exclude = p.str('excludeuser');
  if (exclude) revs = revs.filter((r) => r.userName !== exclude.replace(/_/g, ' '));

  const out = (g.out.revisions ??= []) as ApiObject[];
  for (const r of revs.slice(0, limit)) {
    const text = opts.props.has('content') || opts.props.has('sha1') ? ctx.wiki.repo.getRevision(r.revId)?.text ?? '' : '';
    out.push(revisionOut(ctx, r, opts, text));
  }
  if (revs.length > limit) {
    const next = revs[limit];
    q.cont.addContinue('revisions', p.name('continue'), `${mwTimestamp(next.timestamp)}|${next.revId}`);
  }
}

function revisionOut(ctx: ApiContext, rev: RevisionRecord, opts: Options, text: string): ApiObject {
  const o: ApiObject = {};
  const has = (n: string) => opts.props.has(n);
  const deleted = rev.deleted ?? 0;
  if (has('ids')) {
    o.revid = rev.revId;
    o.parentid = rev.parentId ?? 0;
  }
  if (has('flags')) {
    if (ctx.fv2) o.minor = rev.minor;
    else ctx.setFlag(o, 'minor', rev.minor);
  }
  if (has('user') || has('userid')) {
    if (deleted & 4) ctx.setFlag(o, 'userhidden', true);
    else {
      if (has('user')) o.user = rev.userName;
      if (has('userid')) o.userid = rev.userId ?? 0;
      ctx.setFlag(o, 'anon', isAnonName(rev.userName));
    }
  }
  if (has('timestamp')) o.timestamp = rev.timestamp;
  if (has('size')) o.size = rev.size;
  if (has('sha1')) {
    if (deleted & 1) ctx.setFlag(o, 'sha1hidden', true);
    else o.sha1 = sha1Hex(rev.sha1);
  }
  if (has('contentmodel')) o.contentmodel = rev.model;
  if (has('comment')) {
    if (deleted & 2) ctx.setFlag(o, 'commenthidden', true);
    else o.comment = rev.comment;
  }
  if (has('tags')) o.tags = [];
  if (has('roles')) o.roles = ['main'];
  if (has('content') || has('slotsize') || has('slotsha1')) {
    const slot: ApiObject = {};
    if (has('slotsize')) slot.size = rev.size;
    if (has('slotsha1')) slot.sha1 = sha1Hex(rev.sha1);
    if (has('content')) {
      slot.contentmodel = rev.model;
      slot.contentformat = rev.format;
      if (deleted & 1) ctx.setFlag(slot, 'texthidden', true);
      else {
        const body = opts.section !== undefined ? getSection(text, opts.section) : text;
        if (body === null) throw new ApiError('nosuchsection', opts.section!);
        ctx.content(slot, body);
      }
    }
    if (opts.slots) o.slots = { main: slot };
    else Object.assign(o, slot);
  }
  return o;
}
