/**
 * list=pagedata: pages whose infoboxes have an item with pdsource (and, when given, the
 * value pdvalue, compared without regard to case), in pdnamespace and pdcategory, by page
 * id; each with the values of pdfields (default: the source) under "data". Continued by
 * pdcontinue=<page id>. See docs/page-data.md.
 */
import { NS_CATEGORY } from '../../../core/namespace.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';

export const pagedata: ListModule = {
  name: 'pagedata',
  prefix: 'pd',
  run(q, p, out) {
    const { ctx } = q;
    const { titles } = ctx.wiki;
    const source = p.required('source');
    const value = p.str('value');
    const limit = p.limit('limit', 10, ctx.user.rights.includes('apihighlimits') ? 5000 : 500);
    const nsRaw = p.str('namespace');
    let namespace: number | null = null;
    if (nsRaw !== undefined) {
      namespace = Number(nsRaw);
      if (!/^\d+$/.test(nsRaw) || !titles.namespaces.exists(namespace)) throw new ApiError('badvalue', p.name('namespace'), nsRaw);
    }
    const categoryText = p.str('category');
    let category: string | null = null;
    if (categoryText) {
      const title = titles.parse(categoryText, NS_CATEGORY);
      if (!title || title.ns !== NS_CATEGORY) throw new ApiError('invalidtitle', categoryText);
      category = title.dbKey;
    }
    const continueText = p.str('continue');
    if (continueText !== undefined && !/^\d+$/.test(continueText)) throw new ApiError('badcontinue');
    const fields = p.has('fields') ? p.list('fields') : [source];
    const matches = ctx.wiki.repo.pageData.queryPageData(
      { source, value: value ?? null, namespace, category, limit: limit + 1, afterPageId: continueText ? Number(continueText) : undefined },
      fields,
    );
    for (const m of matches.slice(0, limit)) {
      const title = titles.makeTitle(m.namespace, m.dbKey);
      const item: ApiObject = { pageid: m.pageId, ns: m.namespace, title: title?.prefixedText ?? m.dbKey, data: { ...m.fields } };
      out.add(item, { ns: m.namespace, dbKey: m.dbKey });
    }
    if (matches.length > limit) out.setContinue('continue', String(matches[limit - 1].pageId));
  },
};
