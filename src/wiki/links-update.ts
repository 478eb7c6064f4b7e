/**
 * LinksUpdate: the link-table rows of a page from its ParserOutput — pagelinks,
 * templatelinks, categorylinks (sort keys as MediaWiki's uppercase collation builds them,
 * DEFAULTSORT for links without their own key), imagelinks, externallinks and the redirect
 * row. Written in the transaction of the change that caused them.
 */
import { NS_CATEGORY, NS_FILE } from '../core/namespace.ts';
import type { ParserOutput } from '../core/parser-output.ts';
import type { Title } from '../core/title.ts';
import type { CategoryLink, CategoryMemberType, PageLinks } from '../storage/link-tables.ts';
import type { PageRecord } from '../storage/repository.ts';
import { isoTimestamp } from './timestamp.ts';
import type { Wiki } from './wiki.ts';
import { updatePageData } from '../data/update-page-data.ts';

/** Title::getCategorySortkey: the title text, after the given prefix and a line feed. */
export function categorySortkey(title: Title, prefix: string): string {
  return prefix !== '' ? `${prefix.replace(/[\n\t]/g, ' ')}\n${title.text}` : title.text;
}

/** The uppercase collation's sort key. */
export function collateSortkey(humanSortkey: string): string {
  return humanSortkey.toUpperCase();
}

export function categoryMemberType(ns: number): CategoryMemberType {
  return ns === NS_CATEGORY ? 'subcat' : ns === NS_FILE ? 'file' : 'page';
}

export function pageLinksFromOutput(title: Title, output: ParserOutput, redirectTarget: Title | null): PageLinks {
  const defaultSort = output.properties.get('defaultsort') ?? '';
  const categories: CategoryLink[] = [...output.categories].map(([category, given]) => {
    const prefix = given !== '' ? given : defaultSort;
    return { category, prefix, sortKey: collateSortkey(categorySortkey(title, prefix)), type: categoryMemberType(title.ns) };
  });
  return {
    links: [...output.links.values()].map((t) => ({ namespace: t.ns, dbKey: t.dbKey })),
    templates: [...output.templates.values()].map((t) => ({ namespace: t.title.ns, dbKey: t.title.dbKey })),
    categories,
    images: [...output.images],
    externalLinks: [...output.externalLinks],
    redirect: redirectTarget
      ? {
        namespace: redirectTarget.isExternal ? 0 : redirectTarget.ns,
        dbKey: redirectTarget.dbKey,
        fragment: redirectTarget.fragment,
        interwiki: redirectTarget.interwiki,
      }
      : null,
  };
}

/** Rewrites the page's link rows from a parse of its current revision. */
export function updateLinks(wiki: Wiki, page: PageRecord, title: Title, output: ParserOutput, redirectTarget: Title | null): void {
  const links = pageLinksFromOutput(title, output, redirectTarget);
  if (redirectTarget && !redirectTarget.isExternal) links.links.push({ namespace: redirectTarget.ns, dbKey: redirectTarget.dbKey });
  wiki.repo.replaceLinks(page.pageId, links, isoTimestamp());
  updatePageData(wiki, page, output);
}
