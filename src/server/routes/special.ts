/**
 * Special pages: RecentChanges, AllPages, Random, Search (search.ts), WhatLinksHere, Log,
 * WantedPages, UncategorizedPages, MovePage, Undelete and Upload, by their names and MediaWiki's
 * aliases, in any case.
 */
import type { Title } from '../../core/title.ts';
import { allPages } from '../../wiki/all-pages.ts';
import { randomPage } from '../../wiki/random-page.ts';
import { html } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { allPagesBody, recentChangesBody } from '../views/changes-list.ts';
import { botPasswordsPage } from './bot-passwords.ts';
import { createAccountPage } from './create-account.ts';
import { listUsers } from './list-users.ts';
import { logPage } from './log.ts';
import { movePageSpecial } from './move.ts';
import { uncategorizedPages, wantedPages } from './query-pages.ts';
import { searchPage } from './search.ts';
import { undeleteSpecial } from './undelete.ts';
import { userLogin, userLogout } from './user-login.ts';
import { userRightsPage } from './user-rights.ts';
import { uploadSpecial } from './upload.ts';
import { whatLinksHere } from './whatlinkshere.ts';
import { communitySpecialPages } from '../../community/routes/special-pages.ts';
import { pageDataSpecial } from '../../data/special-page-data.ts';

type SpecialPage = (rc: RequestContext, subpage: string) => Response | Promise<Response>;

const specialPages: Record<string, SpecialPage> = {
  recentchanges: recentChangesPage,
  allpages: allPagesPage,
  random: randomPageRedirect,
  randompage: randomPageRedirect,
  search: searchPage,
  whatlinkshere: whatLinksHere,
  log: logPage,
  wantedpages: wantedPages,
  uncategorizedpages: uncategorizedPages,
  movepage: movePageSpecial,
  undelete: undeleteSpecial,
  upload: uploadSpecial,
  userlogin: userLogin,
  userlogout: userLogout,
  createaccount: createAccountPage,
  listusers: listUsers,
  userrights: userRightsPage,
  botpasswords: botPasswordsPage,
  ...communitySpecialPages,
  pagedata: pageDataSpecial,
};

export function specialPage(rc: RequestContext, title: Title): Response | Promise<Response> {
  const [name, ...rest] = title.dbKey.split('/');
  const handler = specialPages[name.toLowerCase()];
  if (!handler) {
    return rc.page(
      { htmlTitle: 'No such special page', heading: 'No such special page', body: html`<p>You have requested an invalid special page.</p>` },
      404,
    );
  }
  return handler(rc, rest.join('/'));
}

function recentChangesPage(rc: RequestContext): Response {
  const limit = Number(rc.query('limit') ?? 50);
  const changes = rc.wiki.recentChanges({ limit: Number.isFinite(limit) ? limit : 50 });
  return rc.page({ htmlTitle: 'Recent changes', heading: 'Recent changes', body: recentChangesBody(rc.urls, rc.wiki.titles, changes, rc.wiki) });
}

function allPagesPage(rc: RequestContext, subpage: string): Response {
  const from = (rc.query('from') ?? subpage).replace(/ /g, '_');
  const ns = Number(rc.query('namespace') ?? 0);
  const batch = allPages(rc.wiki, { from: from ? rc.wiki.titles.parse(from)?.dbKey ?? from : undefined, namespace: Number.isFinite(ns) ? ns : 0 });
  const next = batch.next ? rc.wiki.titles.makeTitle(ns, batch.next) : null;
  return rc.page({ htmlTitle: 'All pages', heading: 'All pages', body: allPagesBody(rc.urls, rc.wiki.titles, batch.pages, next) });
}

function randomPageRedirect(rc: RequestContext): Response {
  const title = randomPage(rc.wiki);
  return rc.redirect(rc.urls.article(title ?? 'Main_Page'), 302);
}
