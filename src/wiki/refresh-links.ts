/**
 * Re-rendering a page from its current revision (bypassing the parser cache) and rewriting
 * its link rows and its search index entry: what a refreshLinks job, a purge with links update and the post-import
 * rebuild do for each page.
 */
import type { Title } from '../core/title.ts';
import type { PageRecord } from '../storage/repository.ts';
import { indexRenderedPage } from '../search/update-search-index.ts';
import { updateLinks } from './links-update.ts';
import { parseRedirect } from './redirect.ts';
import { renderPage } from './render-page.ts';
import type { Wiki } from './wiki.ts';

/** Returns false when the page does not exist (any more). */
export function refreshLinks(wiki: Wiki, page: PageRecord): boolean {
  const title = wiki.titles.makeTitle(page.namespace, page.dbKey);
  const revision = wiki.repo.getLatestRevision(page.pageId);
  if (!title || !revision) return false;
  refreshWithText(wiki, page, title, revision);
  return true;
}

export function refreshWithText(wiki: Wiki, page: PageRecord, title: Title, revision: NonNullable<ReturnType<Wiki['repo']['getLatestRevision']>>): void {
  const redirectTarget = revision.model === 'wikitext' ? parseRedirect(revision.text, wiki.titles) : null;
  const output = renderPage(wiki, { title, page, revision, isCurrent: true, redirectTarget }, {}, true);
  updateLinks(wiki, page, title, output, redirectTarget);
  indexRenderedPage(wiki, { ...page, isRedirect: redirectTarget !== null }, title, revision, output);
}

/** Rebuilds the link tables of every page (or the given ones), as MediaWiki's refreshLinks.php. */
export function rebuildLinks(wiki: Wiki, opts: { pageIds?: Iterable<number>; onProgress?: (done: number) => void } = {}): number {
  let done = 0;
  const step = (page: PageRecord | null) => {
    if (!page) return;
    wiki.repo.transaction(() => refreshLinks(wiki, page));
    done++;
    if (done % 100 === 0) opts.onProgress?.(done);
  };
  if (opts.pageIds) {
    for (const id of opts.pageIds) step(wiki.repo.getPageById(id));
  } else {
    const ids: number[] = [];
    for (const { page } of wiki.repo.iteratePages({ currentOnly: true })) ids.push(page.pageId);
    for (const id of ids) step(wiki.repo.getPageById(id));
  }
  return done;
}
