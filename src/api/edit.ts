/**
 * action=edit: create or change a page — whole text, one section (section=N), a new section
 * (section=new with sectiontitle), appendtext/prependtext — with MediaWiki's conflict rules:
 * baserevid (or basetimestamp) names the revision the edit started from; a change since then
 * is merged three-way when it does not overlap, otherwise the answer is editconflict.
 * createonly, nocreate, and starttimestamp (pagedeleted) as MediaWiki.
 */
import type { Title } from '../core/title.ts';
import { EditConflictError, type RevisionWithText } from '../storage/repository.ts';
import { mergeEdit } from '../wiki/merge-edit.ts';
import { parseRedirect } from '../wiki/redirect.ts';
import { getSection, replaceSection } from '../wiki/section.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiContext, ApiObject } from './api-context.ts';
import { ApiError } from './errors.ts';
import { parseTimestamp } from './format.ts';
import { titleOrPageId } from './page-param.ts';
import { unwatchPage, watchPage } from '../community/watch-page.ts';

const ignoredParams = ['tags', 'watch', 'unwatch', 'watchlistexpiry', 'recreate', 'md5', 'contentformat', 'contentmodel', 'captchaword', 'captchaid', 'returnto', 'returntoquery', 'returntoanchor', 'notminor'];

export const edit: ActionModule = {
  name: 'edit',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    const { params: p, wiki } = ctx;
    // Accepted and without effect here: tags, watchlists, captchas and checks this wiki has no use for.
    for (const n of ignoredParams) p.has(n);
    let { title, page } = titleOrPageId(ctx);
    if (title.ns < 0) throw new ApiError('pagecannotexist');
    if (p.bool('redirect') && page?.isRedirect) {
      const target = parseRedirect(wiki.repo.getLatestRevision(page.pageId)?.text ?? '', wiki.titles);
      if (target && !target.isExternal && target.ns >= 0) {
        title = wiki.titles.makeTitle(target.ns, target.dbKey) ?? title;
        page = wiki.repo.getPage(title.ns, title.dbKey);
      }
    }
    const text = p.str('text');
    const append = p.str('appendtext');
    const prepend = p.str('prependtext');
    const undo = p.int('undo');
    if (text === undefined && append === undefined && prepend === undefined && undo === undefined) {
      throw new ApiError('missingparam-oneof', '"text", "appendtext", "prependtext" and "undo"');
    }
    if (p.bool('createonly') && page) throw new ApiError('articleexists');
    if (p.bool('nocreate') && !page) throw new ApiError('missingtitle');
    const start = p.str('starttimestamp');
    if (start && !page && deletedSince(ctx, title, parseTimestamp('starttimestamp', start))) throw ApiError.withCode('pagedeleted', 'The page has been deleted since you fetched its timestamp.');

    const current = page ? wiki.repo.getLatestRevision(page.pageId) : null;
    const base = baseRevision(ctx, page?.pageId, current);
    let summary = p.str('summary') ?? '';
    let newText: string;
    if (undo !== undefined) {
      const result = wiki.undo({ title, undo, undoAfter: p.int('undoafter'), summary: summary || undefined, user: ctx.user.name, userId: ctx.user.id, address: ctx.user.address, rights: ctx.user.rights });
      return { edit: resultOut(ctx, title, current, result.nullEdit ? null : result.revision.revId, result.revision.timestamp, result.created) };
    }
    const section = p.str('section');
    const baseText = base?.text ?? '';
    if (section === 'new') {
      const sectionTitle = p.str('sectiontitle');
      const heading = sectionTitle ?? summary;
      const body = (prepend ?? '') + (text ?? '') + (append ?? '');
      const added = heading ? `== ${heading} ==\n\n${body}` : body;
      newText = baseText ? `${baseText}\n\n${added}` : added;
      if (heading && (sectionTitle === undefined || summary === '')) summary = `/* ${heading} */ new section`;
    } else if (section !== undefined && section !== '') {
      if (!/^\d+$/.test(section)) throw new ApiError('nosuchsection', section);
      const old = page ? getSection(baseText, Number(section)) : null;
      if (old === null) throw new ApiError('nosuchsection', section);
      const replaced = replaceSection(baseText, Number(section), (prepend ?? '') + (text ?? old) + (append ?? ''));
      if (replaced === null) throw new ApiError('nosuchsection', section);
      newText = replaced;
    } else {
      newText = (prepend ?? '') + (text ?? baseText) + (append ?? '');
    }

    const save = (body: string, baseId: number | null | undefined) =>
      wiki.save({ title, text: body, summary, minor: p.bool('minor') && !p.bool('notminor'), user: ctx.user.name, userId: ctx.user.id, address: ctx.user.address, rights: ctx.user.rights, baseRevId: baseId });
    let saved;
    // Without baserevid or basetimestamp there is no conflict check, as in MediaWiki.
    const explicitBase = p.has('baserevid') || p.has('basetimestamp');
    try {
      saved = save(newText, explicitBase ? (base?.revId ?? null) : p.bool('createonly') ? null : undefined);
    } catch (e) {
      if (!(e instanceof EditConflictError)) throw e;
      if (p.bool('createonly')) throw new ApiError('articleexists');
      const pageNow = wiki.repo.getPage(title.ns, title.dbKey);
      const latest = pageNow ? wiki.repo.getLatestRevision(pageNow.pageId) : null;
      const merged = latest ? mergeEdit(baseText, latest.text, newText) : null;
      if (!latest || merged === null) throw new ApiError('editconflict');
      saved = save(merged, latest.revId);
    }
    // watchlist=preferences (the default) watches, as MediaWiki's default "add pages I edit" preference.
    const watching = p.choice('watchlist', ['watch', 'unwatch', 'preferences', 'nochange'] as const, 'preferences');
    if (watching === 'watch' || watching === 'preferences') watchPage(wiki, ctx.user.id ?? 0, title);
    if (watching === 'unwatch') unwatchPage(wiki, ctx.user.id ?? 0, title);
    const previous = saved.created ? null : current;
    return { edit: resultOut(ctx, title, previous, saved.nullEdit ? null : saved.revision.revId, saved.revision.timestamp, saved.created) };
  },
};

/** The revision the edit started from: baserevid, else the one at basetimestamp, else the current one. */
function baseRevision(ctx: ApiContext, pageId: number | undefined, current: RevisionWithText | null): RevisionWithText | null {
  const p = ctx.params;
  const revId = p.int('baserevid');
  if (revId !== undefined && revId > 0) {
    const rev = ctx.wiki.repo.getRevision(revId);
    if (!rev || rev.pageId !== pageId) throw new ApiError('nosuchrevid', revId);
    return rev;
  }
  const ts = p.str('basetimestamp');
  if (ts && pageId !== undefined) {
    const at = parseTimestamp('basetimestamp', ts);
    if (current && current.timestamp === at) return current;
    const rev = ctx.wiki.repo.listRevisions(pageId, { limit: Number.MAX_SAFE_INTEGER }).find((r) => r.timestamp <= at);
    return rev ? ctx.wiki.repo.getRevision(rev.revId) : null;
  }
  return current;
}

function deletedSince(ctx: ApiContext, title: Title, since: string): boolean {
  return ctx.wiki.repo.listLog({ type: 'delete', title: { namespace: title.ns, dbKey: title.dbKey }, limit: 1 }).some((e) => e.timestamp >= since);
}

function resultOut(ctx: ApiContext, title: Title, previous: RevisionWithText | null, newRevId: number | null, timestamp: string, created: boolean): ApiObject {
  const page = ctx.wiki.repo.getPage(title.ns, title.dbKey)!;
  const out: ApiObject = {};
  if (created) ctx.setFlag(out, 'new', true);
  Object.assign(out, { result: 'Success', pageid: page.pageId, title: title.prefixedText, contentmodel: page.model });
  if (newRevId === null) {
    ctx.setFlag(out, 'nochange', true);
  } else {
    out.oldrevid = previous?.revId ?? 0;
    out.newrevid = newRevId;
    out.newtimestamp = timestamp;
  }
  if (ctx.fv2) out.watched = false;
  return out;
}
