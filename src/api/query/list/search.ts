/**
 * list=search over the wiki's search index (src/search): srwhat=text (the default) matches
 * page text, srwhat=title titles, srwhat=nearmatch the exact title; a namespace prefix in
 * srsearch picks the namespaces, as on Special:Search. Snippets mark the matched words;
 * sroffset continues.
 */
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';
import { searchWiki } from '../../../search/search-pages.ts';

const props = ['size', 'wordcount', 'timestamp', 'snippet', 'titlesnippet', 'redirecttitle', 'redirectsnippet', 'sectiontitle', 'sectionsnippet', 'isfilematch', 'categorysnippet', 'score', 'hasrelated', 'extensiondata'] as const;

export const search: ListModule = {
  name: 'search',
  prefix: 'sr',
  run(q, p, out) {
    const { ctx } = q;
    const { titles, repo } = ctx.wiki;
    const text = p.required('search');
    const namespaces = p.namespaces('namespace', (id) => titles.namespaces.exists(id)) ?? [0];
    const limit = queryLimit(ctx, p, 50);
    const offset = p.int('offset', { min: 0 }) ?? 0;
    const what = p.choice('what', ['title', 'text', 'nearmatch'] as const, 'text');
    const listed = p.list('prop', props);
    const wanted = new Set(p.has('prop') ? listed : ['size', 'wordcount', 'timestamp', 'snippet']);
    const info = new Set(p.has('info') ? p.list('info', ['totalhits', 'suggestion', 'rewrittenquery']) : ['totalhits', 'suggestion', 'rewrittenquery']);
    if (offset > 10000) throw new ApiError('badvalue', p.name('offset'), offset);

    if (what === 'nearmatch') {
      const title = titles.parse(text);
      const page = title && !title.isExternal && title.ns >= 0 ? repo.getPage(title.ns, title.dbKey) : null;
      if (info.has('totalhits') && !out.isGenerator) q.query.searchinfo = { totalhits: page ? 1 : 0 };
      if (page && title && offset === 0) out.add({ ns: page.namespace, title: title.prefixedText, pageid: page.pageId }, { ns: page.namespace, dbKey: page.dbKey });
      return;
    }
    const found = searchWiki(ctx.wiki, text, { namespaces, limit: limit + 1, offset, only: what });
    const results = what === 'title' ? found.titleMatches : found.textMatches;
    if (info.has('totalhits') && !out.isGenerator) q.query.searchinfo = { totalhits: results.total };
    for (const hit of results.hits.slice(0, limit)) {
      const item: ApiObject = { ns: hit.namespace, title: hit.title.prefixedText, pageid: hit.pageId };
      if (wanted.has('size')) item.size = hit.size;
      if (wanted.has('wordcount')) item.wordcount = hit.wordCount;
      if (wanted.has('snippet')) item.snippet = hit.snippet;
      if (wanted.has('titlesnippet')) item.titlesnippet = hit.titleSnippet;
      if (wanted.has('timestamp')) item.timestamp = hit.timestamp;
      out.add(item, { ns: hit.namespace, dbKey: hit.dbKey });
    }
    if (results.hits.length > limit) out.setContinue('offset', String(offset + limit));
  },
};

