/**
 * action=move: renames a page (from= or fromid=, to=), leaving a redirect unless noredirect,
 * moving the talk page with movetalk, as MediaWiki answers it.
 */
import { OperationError } from '../wiki/operation-error.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiObject } from './api-context.ts';
import { ApiError } from './errors.ts';
import { pageForTitle, titleOrPageId } from './page-param.ts';

export const move: ActionModule = {
  name: 'move',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    const { params: p } = ctx;
    const { title: from, page } = titleOrPageId(ctx, 'from', 'fromid');
    const to = pageForTitle(ctx, p.required('to')).title;
    if (!page) throw new ApiError('missingtitle');
    if (to.ns < 0) throw new ApiError('invalidtitle', to.prefixedText);
    const reason = p.str('reason') ?? '';
    const moveTalk = p.bool('movetalk');
    p.bool('movesubpages');
    p.bool('ignorewarnings');
    p.str('watchlist');
    let result;
    try {
      result = ctx.wiki.move({ from, to, reason, leaveRedirect: !p.bool('noredirect'), moveTalk, user: ctx.user.name, userId: ctx.user.id, address: ctx.user.address, rights: ctx.user.rights });
    } catch (e) {
      if (e instanceof OperationError && e.code === 'articleexists') throw new ApiError('articleexists-move');
      throw e;
    }
    const out: ApiObject = { from: result.from.prefixedText, to: result.to.prefixedText, reason };
    if (ctx.fv2) out.redirectcreated = result.redirectCreated;
    else ctx.setFlag(out, 'redirectcreated', result.redirectCreated);
    if (ctx.fv2) out.moveoverredirect = false;
    if (result.talk) {
      out.talkfrom = result.talk.from.prefixedText;
      out.talkto = result.talk.to.prefixedText;
      if (ctx.fv2) out.talkmoveoverredirect = false;
    }
    return { move: out };
  },
};
