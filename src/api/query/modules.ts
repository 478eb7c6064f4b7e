/**
 * The action=query submodules this wiki provides, by group and name.
 */
import { allpages } from './list/allpages.ts';
import { pagedata } from './list/pagedata.ts';
import { blocks } from './list/blocks.ts';
import { usercontribs } from './list/usercontribs.ts';
import { watchlist } from './list/watchlist.ts';
import { backlinks } from './list/backlinks.ts';
import { categorymembers } from './list/categorymembers.ts';
import { embeddedin } from './list/embeddedin.ts';
import { recentchanges } from './list/recentchanges.ts';
import { search } from './list/search.ts';
import { siteinfo } from './meta/siteinfo.ts';
import { tokens } from './meta/tokens.ts';
import { userinfo } from './meta/userinfo.ts';
import { categories } from './prop/categories.ts';
import { info } from './prop/info.ts';
import { links } from './prop/links.ts';
import { revisions } from './prop/revisions.ts';
import { templates } from './prop/templates.ts';
import type { ListModule, MetaModule, PropModule } from './query-module.ts';

export const propModules: Record<string, PropModule> = { revisions, info, categories, links, templates };
export const listModules: Record<string, ListModule> = { allpages, categorymembers, backlinks, embeddedin, recentchanges, search, usercontribs, blocks, watchlist, pagedata };
export const metaModules: Record<string, MetaModule> = { siteinfo, tokens, userinfo };
