/**
 * action=purge: drops the cached output of the given pages (titles=, pageids=, or a
 * generator, as action=query takes them) and renders them again with their link tables.
 */
import type { ActionModule } from './action-module.ts';
import type { ApiObject } from './api-context.ts';
import { executeQuery } from './query/query.ts';

export const purge: ActionModule = {
  name: 'purge',
  mustBePosted: true,
  execute(ctx) {
    ctx.params.bool('forcelinkupdate');
    ctx.params.bool('forcerecursivelinkupdate');
    // The page set is built as action=query builds it; no query modules run.
    const result = executeQuery(ctx, { pageSetOnly: true });
    const query = (result.query ?? {}) as ApiObject;
    const pages = (Array.isArray(query.pages) ? query.pages : Object.values(query.pages ?? {})) as ApiObject[];
    const purged = pages.map((entry) => {
      const item: ApiObject = { ...entry };
      delete item.pageid;
      if (entry.pageid !== undefined && entry.missing === undefined && typeof entry.title === 'string') {
        ctx.wiki.purge(entry.title);
        ctx.setFlag(item, 'purged', true);
      }
      return item;
    });
    const out: ApiObject = { batchcomplete: ctx.flag(true), purge: purged };
    for (const key of ['normalized', 'redirects', 'interwiki']) if (query[key]) out[key] = query[key];
    if (result.continue) out.continue = result.continue;
    return out;
  },
};
