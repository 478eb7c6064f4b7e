/**
 * The page a write or parse module acts on, from title= or pageid= (MediaWiki's
 * getTitleOrPageId): exactly one of the two, a valid title, an existing page id.
 */
import type { Title } from '../core/title.ts';
import type { PageRecord } from '../storage/repository.ts';
import type { ApiContext } from './api-context.ts';
import { ApiError } from './errors.ts';

export function titleOrPageId(ctx: ApiContext, titleName = 'title', idName = 'pageid'): { title: Title; page: PageRecord | null } {
  const text = ctx.params.str(titleName);
  const id = ctx.params.int(idName);
  if (text !== undefined && id !== undefined) throw new ApiError('invalidparammix', `"${titleName}", "${idName}"`);
  if (id !== undefined) {
    const page = ctx.wiki.repo.getPageById(id);
    const title = page ? ctx.wiki.titles.makeTitle(page.namespace, page.dbKey) : null;
    if (!page || !title) throw new ApiError('nosuchpageid', id);
    return { title, page };
  }
  if (text === undefined) throw new ApiError('missingparam-oneof', `"${titleName}" and "${idName}"`);
  return { ...pageForTitle(ctx, text), };
}

/** A title parameter's page (null when missing); invalid and interwiki titles are refused. */
export function pageForTitle(ctx: ApiContext, text: string): { title: Title; page: PageRecord | null } {
  const parsed = ctx.wiki.titles.parse(text);
  if (!parsed || parsed.isExternal || parsed.dbKey === '') throw new ApiError('invalidtitle', text);
  const title = parsed.fragment ? ctx.wiki.titles.makeTitle(parsed.ns, parsed.dbKey)! : parsed;
  return { title, page: title.ns >= 0 ? ctx.wiki.repo.getPage(title.ns, title.dbKey) : null };
}
