/**
 * prop=categories: the categories each page is in (categorylinks), with clcategories,
 * cllimit and clprop=sortkey (the collated key in hex and the given prefix).
 */
import { NS_CATEGORY } from '../../../core/namespace.ts';
import type { PropModule } from '../query-module.ts';
import { runLinkProp } from './link-prop.ts';

const props = ['sortkey', 'timestamp', 'hidden'] as const;

export const categories: PropModule = {
  name: 'categories',
  prefix: 'cl',
  run(q, p, pages) {
    const wanted = new Set(p.list('prop', props));
    runLinkProp(q, p, pages, {
      module: 'categories', field: 'categories', titlesParam: 'categories', withNamespace: false,
      rows: (pageId) =>
        q.ctx.wiki.repo.getLinks(pageId).categories.map((c) => ({
          namespace: NS_CATEGORY,
          dbKey: c.category,
          extra: wanted.has('sortkey') ? { sortkey: Buffer.from(c.sortKey, 'utf8').toString('hex'), sortkeyprefix: c.prefix } : undefined,
        })),
    });
  },
};
