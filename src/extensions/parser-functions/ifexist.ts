/**
 * {{#ifexist: title | then | else}}: an expensive function. Media: titles check the file
 * (following a redirect of its description page), Special: pages exist when the wiki has
 * them, interwiki titles never exist here; other titles are recorded as links of the page.
 */
import type { ParserFunctionHook } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Title } from '../../core/title.ts';
import { NS_FILE, NS_MEDIA } from '../../core/namespace.ts';
import { expandArg } from './conditionals.ts';

/** Special pages every wiki has (canonical names). */
const specialPages = new Set([
  'Allpages', 'Prefixindex', 'Recentchanges', 'Random', 'Randompage', 'Search', 'Specialpages',
  'Categories', 'Whatlinkshere', 'Recentchangeslinked', 'Upload', 'Listfiles', 'Newpages',
  'Statistics', 'Version', 'Preferences', 'Watchlist', 'Userlogin', 'Userlogout', 'Contributions',
  'Log', 'Movepage', 'Export', 'Import', 'Allmessages', 'Blankpage', 'Booksources', 'Emailuser',
  'Listusers', 'Longpages', 'Shortpages', 'Mypage', 'Mytalk', 'Mycontributions', 'Redirect',
  'Uncategorizedpages', 'Wantedpages', 'Deadendpages', 'Lonelypages', 'Ancientpages', 'Filepath',
  'Tags', 'Diff', 'Permanentlink', 'Edit', 'Purge', 'Info', 'Changecontentmodel', 'Expandtemplates',
]);

/** Existence already looked up in this parse (MediaWiki's LinkCache): no second expensive count. */
interface ExistenceCache {
  known: Map<string, boolean>;
}

function existenceCache(ctx: ParseContext): ExistenceCache {
  return ctx.getState('parser-functions:ifexist', () => ({ known: new Map() }));
}

function fileExists(ctx: ParseContext, title: Title): boolean {
  const page = ctx.env.titles.makeTitle(NS_FILE, title.text);
  if (!page) return false;
  if (ctx.env.data.getFile(page)) {
    ctx.output.images.add(page.dbKey);
    return true;
  }
  const target = redirectTarget(ctx, page);
  if (target && target.ns === NS_FILE && ctx.env.data.getFile(target)) {
    ctx.output.images.add(target.dbKey);
    return true;
  }
  ctx.output.images.add(page.dbKey);
  return false;
}

/** The target of a redirect page (read from its text when the data source leaves it unset). */
function redirectTarget(ctx: ParseContext, title: Title): Title | null {
  const page = ctx.env.data.getPage(title);
  if (!page) return null;
  if (page.redirectTarget !== undefined) return page.redirectTarget;
  const m = /^[ \t\n\r\0\x0B]*#REDIRECT[ \t\n\r]*:?[ \t\n\r]*\[\[([^\]|]+)/i.exec(page.text);
  return m ? ctx.env.titles.parse(m[1]) : null;
}

/** Whether a title exists, with MediaWiki's bookkeeping; false once over the expensive limit. */
export function titleExists(ctx: ParseContext, text: string): boolean {
  const title = ctx.env.titles.parse(text);
  if (!title) return false;
  if (title.ns === NS_MEDIA) {
    if (!ctx.incrementExpensiveFunctionCount()) return false;
    return fileExists(ctx, title);
  }
  if (title.isSpecial) return specialPages.has(title.dbKey.split('/')[0].replace(/_/g, '').toLowerCase().replace(/^./, (c) => c.toUpperCase()));
  if (title.isExternal) return false;
  const cache = existenceCache(ctx);
  const key = title.prefixedDBKey;
  let exists = cache.known.get(key);
  if (exists === undefined) {
    if (!ctx.incrementExpensiveFunctionCount()) return false;
    exists = ctx.env.data.pageExists(title);
    cache.known.set(key, exists);
  }
  ctx.output.addLink(title);
  return exists;
}

export const ifexistHook: ParserFunctionHook = (ctx, frame, first, args) =>
  titleExists(ctx, first) ? expandArg(frame, args[0]) : expandArg(frame, args[1]);
