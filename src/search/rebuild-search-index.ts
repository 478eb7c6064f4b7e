/**
 * Building the index in bulk (after an import, or `all` to redo every page): one pass over
 * the current revisions in page id order, a batch at a time, each batch read, turned into
 * text with the fast wikitext approximation and written with set-based statements inside
 * one transaction; entries of pages that no longer exist are dropped. Only pages whose
 * entry is missing or older than their latest revision are read unless `all` is given, so
 * running it again after an interruption continues, and after a small import touches only
 * the imported pages.
 */
import type { Wiki } from '../wiki/wiki.ts';
import { approximatePageText } from './page-text.ts';
import { searchIndexFor } from './search-index-for.ts';

export interface RebuildOptions {
  /** Re-index every page, not only missing or outdated entries. */
  all?: boolean;
  /** Pages per transaction (default 2000). */
  batchSize?: number;
  onProgress?: (indexed: number) => void;
}

export interface RebuildResult {
  indexed: number;
  removed: number;
  ms: number;
}

export function rebuildSearchIndex(wiki: Wiki, opts: RebuildOptions = {}): RebuildResult {
  const started = performance.now();
  const index = searchIndexFor(wiki.repo);
  if (!index) return { indexed: 0, removed: 0, ms: 0 };
  const batchSize = opts.batchSize ?? 2000;
  const writeSize = 250;
  let indexed = 0;
  let after = 0;
  for (;;) {
    const count = wiki.repo.transaction(() => {
      const pages = index.pagesToIndex(after, batchSize, opts.all);
      for (let i = 0; i < pages.length; i += writeSize) {
        index.updateMany(pages.slice(i, i + writeSize).map((p) => ({
          pageId: p.pageId,
          namespace: p.namespace,
          title: p.dbKey.replace(/_/g, ' '),
          text: approximatePageText(p, wiki.titles),
          revId: p.revId,
        })));
      }
      if (pages.length) after = pages[pages.length - 1].pageId;
      return pages.length;
    });
    indexed += count;
    if (count) opts.onProgress?.(indexed);
    if (count < batchSize) break;
  }
  const removed = wiki.repo.transaction(() => index.prune());
  if (indexed + removed > 0) wiki.repo.transaction(() => index.optimize());
  return { indexed, removed, ms: Math.round(performance.now() - started) };
}
