/**
 * prop=info: each page's content model, language, touched time, latest revision, length,
 * redirect and new flags; with inprop, its protection, talk/subject ids, URLs and display title.
 */
import { Urls } from '../../../server/urls.ts';
import { activeRestrictions } from '../../../wiki/protection.ts';
import type { ApiObject } from '../../api-context.ts';
import type { PrefixedParams } from '../../params.ts';
import type { SetPage } from '../page-set.ts';
import type { PropModule, QueryRun } from '../query-module.ts';

const props = ['protection', 'talkid', 'watched', 'watchers', 'visitingwatchers', 'notificationtimestamp', 'subjectid', 'associatedpageid', 'url', 'readable', 'preload', 'displaytitle', 'varianttitles', 'linkclasses'] as const;

export const info: PropModule = {
  name: 'info',
  prefix: 'in',
  run(q: QueryRun, p: PrefixedParams, pages: SetPage[]) {
    const { ctx } = q;
    const { wiki } = ctx;
    const wanted = new Set(p.list('prop', props));
    const urls = new Urls(wiki.config);
    const server = wiki.config.wgServer.replace(/\/+$/, '');
    for (const g of pages) {
      const o = g.out;
      o.contentmodel = g.page.model;
      o.pagelanguage = wiki.config.wgLanguageCode;
      o.pagelanguagehtmlcode = wiki.config.wgLanguageCode;
      o.pagelanguagedir = 'ltr';
      o.touched = g.page.touched;
      o.lastrevid = g.page.latestRevisionId;
      o.length = g.page.length;
      ctx.setFlag(o, 'redirect', g.page.isRedirect);
      ctx.setFlag(o, 'new', wiki.repo.listRevisions(g.page.pageId, { limit: 2 }).length === 1);
      if (wanted.has('protection')) {
        o.protection = activeRestrictions(wiki, g.page.pageId).map((r) => ({ type: r.type, level: r.level, expiry: r.expiry }) as ApiObject);
        o.restrictiontypes = ['edit', 'move'];
      }
      const ns = wiki.titles.namespaces;
      const other = g.title.isTalk ? ns.subject(g.title.ns) : ns.talk(g.title.ns);
      const otherTitle = other !== g.title.ns ? wiki.titles.makeTitle(other, g.title.dbKey) : null;
      const otherPage = otherTitle ? wiki.repo.getPage(otherTitle.ns, otherTitle.dbKey) : null;
      if (wanted.has('talkid') && !g.title.isTalk && otherPage) o.talkid = otherPage.pageId;
      if (wanted.has('subjectid') && g.title.isTalk && otherPage) o.subjectid = otherPage.pageId;
      if (wanted.has('associatedpageid') && otherPage) o.associatedpageid = otherPage.pageId;
      if (wanted.has('url')) {
        o.fullurl = server + urls.article(g.title);
        o.editurl = server + urls.action(g.title, { action: 'edit' });
        o.canonicalurl = o.fullurl;
      }
      if (wanted.has('readable')) o.readable = ctx.flag(true);
      if (wanted.has('displaytitle')) {
        const view = wiki.getPage(g.title);
        const shown = view ? wiki.render(view).displayTitle : null;
        o.displaytitle = shown ?? g.title.prefixedText;
      }
    }
  },
};
