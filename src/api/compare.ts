/**
 * action=compare: the difference between two revisions, pages or texts (fromrev/fromtitle/
 * fromid/fromtext and the same for "to", or torelative=prev|next|cur), as diff table rows
 * with the ids, titles and sizes of both sides.
 */
import type { Title } from '../core/title.ts';
import { diffTableRows } from '../server/diff/table-diff.ts';
import type { PageView } from '../wiki/get-page.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiContext, ApiObject } from './api-context.ts';
import { ApiError } from './errors.ts';
import { pageForTitle } from './page-param.ts';

const props = ['diff', 'diffsize', 'rel', 'ids', 'title', 'user', 'comment', 'parsedcomment', 'size', 'timestamp'] as const;

interface Side {
  view: PageView | null;
  title: Title | null;
  text: string;
}

export const compare: ActionModule = {
  name: 'compare',
  execute(ctx) {
    const p = ctx.params;
    const wanted = new Set(p.has('prop') ? p.list('prop', props) : ['diff', 'ids', 'title']);
    const from = side(ctx, 'from', null);
    if (!from) throw new ApiError('compare-nofromrevision');
    const relative = p.choice('torelative', ['', 'prev', 'next', 'cur'] as const, '');
    const to = relative ? relativeSide(ctx, from, relative) : side(ctx, 'to', from);
    if (!to) throw new ApiError('compare-notorevision');
    const out: ApiObject = {};
    describe(ctx, out, 'from', from, wanted);
    describe(ctx, out, 'to', to, wanted);
    if (wanted.has('diff')) ctx.content(out, diffTableRows(from.text, to.text), 'body');
    if (wanted.has('diffsize')) out.diffsize = diffTableRows(from.text, to.text).length;
    return { compare: out };
  },
};

function side(ctx: ApiContext, which: 'from' | 'to', other: Side | null): Side | null {
  const p = ctx.params;
  const { wiki } = ctx;
  const text = p.str(`${which}text`);
  const rev = p.int(`${which}rev`);
  const id = p.int(`${which}id`);
  const titleText = p.str(`${which}title`);
  if (text !== undefined) {
    const title = titleText ? pageForTitle(ctx, titleText).title : other?.title ?? null;
    return { view: null, title, text };
  }
  if (rev !== undefined) {
    const view = wiki.getRevision(rev);
    if (!view) throw new ApiError('nosuchrevid', rev);
    return { view, title: view.title, text: view.revision.text };
  }
  if (id !== undefined) {
    const page = wiki.repo.getPageById(id);
    const title = page ? wiki.titles.makeTitle(page.namespace, page.dbKey) : null;
    const view = title ? wiki.getPage(title) : null;
    if (!view) throw new ApiError('nosuchpageid', id);
    return { view, title: view.title, text: view.revision.text };
  }
  if (titleText !== undefined) {
    const { title } = pageForTitle(ctx, titleText);
    const view = title.ns >= 0 ? wiki.getPage(title) : null;
    if (!view) throw new ApiError('missingtitle');
    return { view, title, text: view.revision.text };
  }
  return null;
}

function relativeSide(ctx: ApiContext, from: Side, relative: 'prev' | 'next' | 'cur'): Side | null {
  if (!from.view) throw new ApiError('compare-nofromrevision');
  const { repo } = ctx.wiki;
  const revs = repo.listRevisions(from.view.page.pageId, { limit: Number.MAX_SAFE_INTEGER });
  const i = revs.findIndex((r) => r.revId === from.view!.revision.revId);
  const target = relative === 'cur' ? revs[0] : relative === 'prev' ? revs[i + 1] : revs[i - 1];
  if (!target) {
    if (relative === 'prev') return { view: null, title: from.title, text: '' };
    throw ApiError.withCode('compare-relative-to-nothing', 'No revision to compare with.');
  }
  const view = ctx.wiki.getRevision(target.revId)!;
  return { view, title: view.title, text: view.revision.text };
}

function describe(ctx: ApiContext, out: ApiObject, which: 'from' | 'to', s: Side, wanted: Set<string>): void {
  if (s.view && wanted.has('ids')) {
    out[`${which}id`] = s.view.page.pageId;
    out[`${which}revid`] = s.view.revision.revId;
  }
  if (s.title && wanted.has('title')) {
    out[`${which}ns`] = s.title.ns;
    out[`${which}title`] = s.title.prefixedText;
  }
  if (s.view && wanted.has('size')) out[`${which}size`] = s.view.revision.size;
  if (s.view && wanted.has('timestamp')) out[`${which}timestamp`] = s.view.revision.timestamp;
  if (s.view && wanted.has('user')) out[`${which}user`] = s.view.revision.userName;
  if (s.view && wanted.has('comment')) out[`${which}comment`] = s.view.revision.comment;
}
