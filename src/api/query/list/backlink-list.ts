/**
 * What list=backlinks and list=embeddedin share: the pages whose link rows point at a title,
 * in page id order, filtered by namespace and redirect status, continued by
 * "<ns>|<dbkey>|<pageid>" as MediaWiki writes it.
 */
import type { BacklinkTable } from '../../../storage/link-tables.ts';
import type { PageRecord } from '../../../storage/repository.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { PrefixedParams } from '../../params.ts';
import type { ListOutput, QueryRun } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';

export function runBacklinks(q: QueryRun, p: PrefixedParams, out: ListOutput, table: BacklinkTable): void {
  const { ctx } = q;
  const { titles, repo } = ctx.wiki;
  const titleText = p.str('title');
  const pageId = p.int('pageid');
  if (titleText && pageId !== undefined) throw new ApiError('invalidparammix', `"${p.name('title')}", "${p.name('pageid')}"`);
  let target: { namespace: number; dbKey: string };
  if (pageId !== undefined) {
    const page = repo.getPageById(pageId);
    if (!page) throw new ApiError('nosuchpageid', pageId);
    target = { namespace: page.namespace, dbKey: page.dbKey };
  } else {
    if (!titleText) throw new ApiError('missingparam-oneof', `"${p.name('title')}" and "${p.name('pageid')}"`);
    const title = titles.parse(titleText);
    if (!title || title.isExternal || title.ns < 0) throw new ApiError('invalidtitle', titleText);
    target = { namespace: title.ns, dbKey: title.dbKey };
  }
  const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id));
  const filter = p.choice('filterredir', ['all', 'redirects', 'nonredirects'] as const, 'all');
  const limit = queryLimit(ctx, p);
  let after = 0;
  const cont = p.str('continue');
  if (cont !== undefined) {
    const m = /\|(\d+)$/.exec(cont);
    if (!m) throw new ApiError('badcontinue');
    after = Number(m[1]) - 1;
  }
  const rows: PageRecord[] = [];
  for (;;) {
    const batch = repo.backlinks(table, target, { limit: 500, afterPageId: after });
    for (const r of batch) {
      if (namespaces && !namespaces.includes(r.namespace)) continue;
      if (filter !== 'all' && (filter === 'redirects') !== r.isRedirect) continue;
      rows.push(r);
      if (rows.length > limit) break;
    }
    if (batch.length < 500 || rows.length > limit) break;
    after = batch[batch.length - 1].pageId;
  }
  for (const r of rows.slice(0, limit)) {
    const item: ApiObject = { pageid: r.pageId, ns: r.namespace, title: titles.makeTitle(r.namespace, r.dbKey)?.prefixedText ?? r.dbKey };
    ctx.setFlag(item, 'redirect', r.isRedirect);
    out.add(item, { ns: r.namespace, dbKey: r.dbKey });
  }
  if (rows.length > limit) out.setContinue('continue', `${target.namespace}|${target.dbKey}|${rows[limit].pageId}`);
}
