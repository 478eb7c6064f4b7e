/**
 * action=purge: drop the page's cached output, render it again from its current revision and
 * rewrite its link rows.
 */
import type { Title } from '../core/title.ts';
import { OperationError } from './operation-error.ts';
import { refreshLinks } from './refresh-links.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { isoTimestamp } from './timestamp.ts';
import type { Wiki } from './wiki.ts';

export function purgePage(wiki: Wiki, titleInput: Title | string): Title {
  const title = resolvePageTitle(wiki, titleInput);
  wiki.repo.transaction(() => {
    const page = wiki.repo.getPage(title.ns, title.dbKey);
    if (!page) throw new OperationError('missingtitle', `The page "${title.prefixedText}" does not exist.`);
    wiki.parserCache.invalidatePage(page.pageId);
    wiki.repo.touchPage(page.pageId, isoTimestamp());
    refreshLinks(wiki, page);
  });
  return title;
}
