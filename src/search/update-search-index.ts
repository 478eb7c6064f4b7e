/**
 * Keeping the index current with the wiki's changes, in the change's own transaction:
 * a page rendered for its links (save, move, undelete, purge, the refreshLinks job) is
 * indexed with that render's visible text; a deleted page leaves the index.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { Title } from '../core/title.ts';
import type { PageRecord, RevisionRecord } from '../storage/repository.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { renderedPageText } from './page-text.ts';
import { searchIndexFor } from './search-index-for.ts';

export function indexRenderedPage(wiki: Wiki, page: PageRecord, title: Title, revision: RevisionRecord & { text: string }, output: ParserOutput): void {
  const index = searchIndexFor(wiki.repo);
  if (!index) return;
  const text = renderedPageText({ model: revision.model, isRedirect: page.isRedirect, text: revision.text }, output);
  index.update({ pageId: page.pageId, namespace: title.ns, title: title.text, text, revId: revision.revId });
}

export function removeFromSearchIndex(wiki: Wiki, pageId: number): void {
  searchIndexFor(wiki.repo)?.remove(pageId);
}
