/**
 * action=watch: adds the titles (titles=, or title=) and their talk pages to the user's
 * watchlist, or removes them with unwatch. Needs an account and the watch token.
 */
import { unwatchPage, watchPage } from '../community/watch-page.ts';
import type { ActionModule } from './action-module.ts';
import { ApiError } from './errors.ts';

export const watch: ActionModule = {
  name: 'watch',
  mustBePosted: true,
  needsToken: 'watch',
  execute(ctx) {
    const userId = ctx.user.id ?? 0;
    if (userId === 0) throw ApiError.withCode('notloggedin', 'Please log in to view and edit your watchlist.');
    const p = ctx.params;
    const names = p.has('titles') ? p.list('titles') : p.has('title') ? [p.required('title')] : [];
    if (names.length === 0) throw new ApiError('missingparam', 'titles');
    const unwatch = p.bool('unwatch');
    p.has('expiry');
    const out = names.map((name) => {
      const title = ctx.wiki.titles.parse(name);
      if (!title) return { title: name, invalid: true };
      if (unwatch) unwatchPage(ctx.wiki, userId, title);
      else watchPage(ctx.wiki, userId, title);
      return { ns: title.ns, title: title.prefixedText, [unwatch ? 'unwatched' : 'watched']: true };
    });
    return { watch: out };
  },
};
