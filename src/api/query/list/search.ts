/**
 * list=search, by title only: there is no full-text index yet, so srsearch matches page
 * titles (every word must occur in the title, any case). Exact title first, then titles
 * starting with the query, then the rest in title order; sroffset continues. srwhat=text
 * answers like srwhat=title; snippets are empty.
 */
import type { PageRecord } from '../../../storage/repository.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { ListModule } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';

const props = ['size', 'wordcount', 'timestamp', 'snippet', 'titlesnippet', 'redirecttitle', 'redirectsnippet', 'sectiontitle', 'sectionsnippet', 'isfilematch', 'categorysnippet', 'score', 'hasrelated', 'extensiondata'] as const;
const BATCH = 1000;

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
    p.choice('what', ['title', 'text', 'nearmatch'] as const, 'text');
    const listed = p.list('prop', props);
    const wanted = new Set(p.has('prop') ? listed : ['size', 'wordcount', 'timestamp', 'snippet']);
    const info = new Set(p.has('info') ? p.list('info', ['totalhits', 'suggestion', 'rewrittenquery']) : ['totalhits', 'suggestion', 'rewrittenquery']);
    if (offset > 10000) throw new ApiError('badvalue', p.name('offset'), offset);

    const needle = text.toLowerCase().replace(/_/g, ' ').trim();
    const words = needle.split(/\s+/).filter(Boolean);
    const hits: Array<{ page: PageRecord; title: string; rank: number }> = [];
    for (const ns of namespaces) {
      let from: string | undefined;
      for (;;) {
        const batch = repo.listPages({ namespace: ns, from, limit: BATCH + 1 });
        for (const page of batch.slice(0, BATCH)) {
          const title = titles.makeTitle(page.namespace, page.dbKey);
          if (!title) continue;
          const hay = title.text.toLowerCase();
          if (!words.every((w) => hay.includes(w))) continue;
          hits.push({ page, title: title.prefixedText, rank: hay === needle ? 0 : hay.startsWith(needle) ? 1 : 2 });
        }
        if (batch.length <= BATCH) break;
        from = batch[BATCH].dbKey;
      }
    }
    hits.sort((a, b) => a.rank - b.rank);
    if (info.has('totalhits') && !out.isGenerator) q.query.searchinfo = { totalhits: hits.length };
    for (const h of hits.slice(offset, offset + limit)) {
      const item: ApiObject = { ns: h.page.namespace, title: h.title, pageid: h.page.pageId };
      if (wanted.has('size')) item.size = h.page.length;
      if (wanted.has('wordcount')) item.wordcount = wordCount(repo.getLatestRevision(h.page.pageId)?.text ?? '');
      if (wanted.has('snippet')) item.snippet = '';
      if (wanted.has('titlesnippet')) item.titlesnippet = h.title;
      if (wanted.has('timestamp')) item.timestamp = h.page.touched;
      out.add(item, { ns: h.page.namespace, dbKey: h.page.dbKey });
    }
    if (hits.length > offset + limit) out.setContinue('offset', String(offset + limit));
  },
};

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
