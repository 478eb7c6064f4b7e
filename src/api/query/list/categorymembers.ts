/**
 * list=categorymembers: the pages, subcategories and files of a category, each type in sort
 * key order (pages, then subcategories, then files, as MediaWiki lists them), continued by
 * cmcontinue=<type>|<hex sort key>|<pageid>.
 */
import { NS_CATEGORY } from '../../../core/namespace.ts';
import type { CategoryMember, CategoryMemberType } from '../../../storage/link-tables.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';

const types: CategoryMemberType[] = ['page', 'subcat', 'file'];
const props = ['ids', 'title', 'sortkey', 'sortkeyprefix', 'type', 'timestamp'] as const;

export const categorymembers: ListModule = {
  name: 'categorymembers',
  prefix: 'cm',
  run(q, p, out) {
    const { ctx } = q;
    const { titles, repo } = ctx.wiki;
    const titleText = p.str('title');
    const pageId = p.int('pageid');
    if (titleText && pageId !== undefined) throw new ApiError('invalidparammix', `"${p.name('title')}", "${p.name('pageid')}"`);
    let category: string;
    if (pageId !== undefined) {
      const page = repo.getPageById(pageId);
      if (!page) throw new ApiError('nosuchpageid', pageId);
      if (page.namespace !== NS_CATEGORY) throw new ApiError('invalidtitle', titles.makeTitle(page.namespace, page.dbKey)?.prefixedText ?? String(pageId));
      category = page.dbKey;
    } else {
      if (!titleText) throw new ApiError('missingparam-oneof', `"${p.name('title')}" and "${p.name('pageid')}"`);
      const title = titles.parse(titleText);
      if (!title || title.ns !== NS_CATEGORY) throw new ApiError('invalidtitle', titleText);
      category = title.dbKey;
    }
    const wanted = new Set(p.list('prop', props));
    if (wanted.size === 0) wanted.add('ids').add('title');
    const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id));
    const typeList = p.list('type', types);
    const limit = queryLimit(ctx, p);
    let startType = 0;
    let startKey: string | undefined;
    let startPage = 0;
    const cont = p.str('continue');
    if (cont !== undefined) {
      const m = /^(page|subcat|file)\|([0-9a-f]*)\|(\d+)$/.exec(cont);
      if (!m) throw new ApiError('badcontinue');
      startType = types.indexOf(m[1] as CategoryMemberType);
      startKey = Buffer.from(m[2], 'hex').toString('utf8');
      startPage = Number(m[3]);
    } else if (p.str('startsortkeyprefix') !== undefined) {
      startKey = p.str('startsortkeyprefix')!.toUpperCase();
    }

    const rows: CategoryMember[] = [];
    for (let t = startType; t < types.length && rows.length <= limit; t++) {
      const type = types[t];
      if (typeList.length && !typeList.includes(type)) continue;
      let from = t === startType ? startKey : undefined;
      let afterPage = t === startType ? startPage : 0;
      while (rows.length <= limit) {
        const batch = repo.categoryMembers(category, { type, limit: limit + 1, from });
        let last: CategoryMember | undefined;
        for (const m of batch) {
          last = m;
          if (from !== undefined && m.sortKey === from && m.page.pageId < afterPage) continue;
          if (namespaces && !namespaces.includes(m.page.namespace)) continue;
          rows.push(m);
          if (rows.length > limit) break;
        }
        if (batch.length <= limit || !last || rows.length > limit) break;
        from = last.sortKey;
        afterPage = last.page.pageId + 1;
      }
    }
    for (const m of rows.slice(0, limit)) {
      const title = titles.makeTitle(m.page.namespace, m.page.dbKey);
      const item: ApiObject = {};
      if (wanted.has('ids')) item.pageid = m.page.pageId;
      if (wanted.has('title')) {
        item.ns = m.page.namespace;
        item.title = title?.prefixedText ?? m.page.dbKey;
      }
      if (wanted.has('sortkey')) item.sortkey = Buffer.from(m.sortKey, 'utf8').toString('hex');
      if (wanted.has('sortkeyprefix')) item.sortkeyprefix = m.prefix;
      if (wanted.has('type')) item.type = m.type;
      if (wanted.has('timestamp')) item.timestamp = m.page.touched;
      out.add(item, { ns: m.page.namespace, dbKey: m.page.dbKey });
    }
    if (rows.length > limit) {
      const next = rows[limit];
      out.setContinue('continue', `${next.type}|${Buffer.from(next.sortKey, 'utf8').toString('hex')}|${next.page.pageId}`);
    }
  },
};
