/**
 * action=delete: deletes a page (title= or pageid=) with a reason; answers with the log id.
 */
import type { ActionModule } from './action-module.ts';
import { ApiError } from './errors.ts';
import { titleOrPageId } from './page-param.ts';

export const deleteModule: ActionModule = {
  name: 'delete',
  mustBePosted: true,
  needsToken: 'csrf',
  execute(ctx) {
    const { title, page } = titleOrPageId(ctx);
    if (!page) throw new ApiError('missingtitle');
    const reason = ctx.params.str('reason') ?? '';
    const result = ctx.wiki.delete({ title, reason, user: ctx.user.name, userId: ctx.user.id, address: ctx.user.address, rights: ctx.user.rights });
    return { delete: { title: title.prefixedText, reason, logid: result.logId } };
  },
};
