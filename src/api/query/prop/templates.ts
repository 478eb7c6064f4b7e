/**
 * prop=templates: the pages each page transcludes (templatelinks), with tlnamespace,
 * tltemplates, tllimit.
 */
import type { PropModule } from '../query-module.ts';
import { runLinkProp } from './link-prop.ts';

export const templates: PropModule = {
  name: 'templates',
  prefix: 'tl',
  run(q, p, pages) {
    runLinkProp(q, p, pages, {
      module: 'templates', field: 'templates', titlesParam: 'templates', withNamespace: true,
      rows: (pageId) => q.ctx.wiki.repo.getLinks(pageId).templates,
    });
  },
};
