/**
 * prop=links: the pages each page links to (pagelinks), with plnamespace, pltitles, pllimit.
 */
import type { PropModule } from '../query-module.ts';
import { runLinkProp } from './link-prop.ts';

export const links: PropModule = {
  name: 'links',
  prefix: 'pl',
  run(q, p, pages) {
    runLinkProp(q, p, pages, {
      module: 'links', field: 'links', titlesParam: 'titles', withNamespace: true,
      rows: (pageId) => q.ctx.wiki.repo.getLinks(pageId).links,
    });
  },
};
