/**
 * list=allpages: pages of one namespace in title order, from apfrom (or apcontinue) up to
 * apto, with apprefix and apfilterredir; continued by apcontinue=<dbkey>.
 */
import type { PageRecord } from '../../../storage/repository.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';

const BATCH = 500;

export const allpages: ListModule = {
  name: 'allpages',
  prefix: 'ap',
  run(q, p, out) {
    const { ctx } = q;
    const { titles } = ctx.wiki;
    const nsRaw = p.str('namespace') ?? '0';
    const namespace = Number(nsRaw);
    if (!/^-?\d+$/.test(nsRaw) || !titles.namespaces.exists(namespace)) throw new ApiError('badvalue', p.name('namespace'), nsRaw);
    const limit = queryLimit(ctx, p);
    const filter = p.choice('filterredir', ['all', 'redirects', 'nonredirects'] as const, 'all');
    const dir = p.choice('dir', ['ascending', 'descending'] as const, 'ascending');
    if (dir === 'descending') throw new ApiError('badvalue', p.name('dir'), dir);
    const key = (text: string | undefined) => (text ? (titles.makeTitle(namespace, text)?.dbKey ?? text.replace(/ /g, '_')) : undefined);
    const from = p.str('continue') ?? key(p.str('from'));
    const to = key(p.str('to'));
    const prefixText = p.str('prefix');
    const prefix = prefixText ? key(prefixText) ?? '' : '';

    const wanted = (r: PageRecord) =>
      (filter === 'all' || (filter === 'redirects') === r.isRedirect) && r.dbKey.startsWith(prefix);
    const rows: PageRecord[] = [];
    let cursor = from && from > prefix ? from : prefix || undefined;
    let more = false;
    for (;;) {
      const batch = ctx.wiki.repo.listPages({ namespace, from: cursor, limit: BATCH + 1 });
      const page = batch.slice(0, BATCH);
      let stop = false;
      for (const r of page) {
        if ((to !== undefined && r.dbKey > to) || (prefix && !r.dbKey.startsWith(prefix) && r.dbKey > prefix)) {
          stop = true;
          break;
        }
        if (!wanted(r)) continue;
        if (rows.length === limit) {
          more = true;
          stop = true;
          rows.push(r);
          break;
        }
        rows.push(r);
      }
      if (stop || batch.length <= BATCH) break;
      cursor = batch[BATCH].dbKey;
    }
    for (const r of rows.slice(0, limit)) {
      const title = titles.makeTitle(r.namespace, r.dbKey);
      const item: ApiObject = { pageid: r.pageId, ns: r.namespace, title: title?.prefixedText ?? r.dbKey };
      out.add(item, { ns: r.namespace, dbKey: r.dbKey });
    }
    if (more) out.setContinue('continue', rows[limit].dbKey);
  },
};
