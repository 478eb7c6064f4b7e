/**
 * meta=siteinfo: general, namespaces, namespacealiases, interwikimap and statistics, with
 * MediaWiki 1.39's field names (mwn and pywikibot read namespaces and legaltitlechars from here).
 */
import { builtinAliases, NS_MAIN } from '../../../core/namespace.ts';
import type { ApiContext, ApiObject } from '../../api-context.ts';
import type { PrefixedParams } from '../../params.ts';
import type { MetaModule, QueryRun } from '../query-module.ts';
import { apiVersion, legalTitleChars } from '../../api-version.ts';

const props = ['general', 'namespaces', 'namespacealiases', 'interwikimap', 'statistics'] as const;

export const siteinfo: MetaModule = {
  name: 'siteinfo',
  prefix: 'si',
  run(q: QueryRun, p: PrefixedParams) {
    const wanted = p.list('prop', props);
    for (const prop of wanted.length ? wanted : ['general']) {
      if (prop === 'general') q.query.general = general(q.ctx);
      else if (prop === 'namespaces') q.query.namespaces = namespaces(q.ctx);
      else if (prop === 'namespacealiases') q.query.namespacealiases = aliases(q.ctx);
      else if (prop === 'interwikimap') q.query.interwikimap = interwikiMap(q.ctx);
      else if (prop === 'statistics') q.query.statistics = statistics(q.ctx);
    }
  },
};

function general(ctx: ApiContext): ApiObject {
  const c = ctx.wiki.config;
  const mainPage = 'Main Page';
  const server = c.wgServer.replace(/\/+$/, '');
  const out: ApiObject = {
    mainpage: mainPage,
    base: server + c.wgArticlePath.replace('$1', mainPage.replace(/ /g, '_')),
    sitename: c.wgSitename,
    mainpageisdomainroot: ctx.flag(false),
    generator: apiVersion.generator,
    dbtype: ctx.wiki.repo.constructor.name.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite',
    lang: c.wgLanguageCode,
    fallback8bitEncoding: 'windows-1252',
    writeapi: ctx.flag(true),
    maxarticlesize: 2097152,
    timezone: 'UTC',
    timeoffset: 0,
    articlepath: c.wgArticlePath,
    scriptpath: c.wgScriptPath,
    script: `${c.wgScriptPath}/index.php`,
    server,
    servername: server.replace(/^[a-z]+:\/\//i, '').replace(/[:/].*$/, ''),
    wikiid: c.wgSitename.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    case: 'first-letter',
    legaltitlechars: legalTitleChars,
    invalidusernamechars: '@:>=',
    linkprefixcharset: '',
    linktrail: '/^([a-z]+)(.*)$/sD',
    uploadsenabled: ctx.flag(c.wgEnableUploads),
    magiclinks: { ISBN: c.wgEnableMagicLinks.ISBN, PMID: c.wgEnableMagicLinks.PMID, RFC: c.wgEnableMagicLinks.RFC },
    categorycollation: 'uppercase',
    externallinktarget: c.wgExternalLinkTarget,
  };
  if (!ctx.fv2) {
    delete out.mainpageisdomainroot;
    if (!c.wgEnableUploads) delete out.uploadsenabled;
  }
  return out;
}

function namespaces(ctx: ApiContext): ApiObject {
  const ns = ctx.wiki.titles.namespaces;
  const out: ApiObject = {};
  for (const id of ns.ids()) {
    const entry: ApiObject = { id, case: 'first-letter' };
    ctx.content(entry, ns.getText(id) ?? '', 'name');
    const subpages = ns.hasSubpages(id);
    if (ctx.fv2) entry.subpages = subpages;
    else if (subpages) entry.subpages = '';
    const canonical = ns.getCanonicalName(id);
    if (canonical) entry.canonical = canonical.replace(/_/g, ' ');
    ctx.setFlag(entry, 'content', id === NS_MAIN);
    if (ctx.fv2) entry.content ??= false;
    const nonincludable = ctx.wiki.config.wgNonincludableNamespaces.includes(id);
    if (ctx.fv2) entry.nonincludable = nonincludable;
    else if (nonincludable) entry.nonincludable = '';
    out[String(id)] = entry;
  }
  return out;
}

function aliases(ctx: ApiContext): ApiObject[] {
  const all: Record<string, number> = { ...builtinAliases, ...ctx.wiki.config.wgNamespaceAliases };
  const ns = ctx.wiki.titles.namespaces;
  const out: ApiObject[] = [];
  for (const [alias, id] of Object.entries(all)) {
    // A built-in alias that is the namespace's own canonical name is no alias (Project).
    if (ns.getCanonicalName(id) === alias.replace(/ /g, '_')) continue;
    const entry: ApiObject = { id };
    ctx.content(entry, alias.replace(/_/g, ' '), 'alias');
    out.push(entry);
  }
  return out;
}

function interwikiMap(ctx: ApiContext): ApiObject[] {
  const local = new Set(ctx.wiki.config.wgLocalInterwikis.map((p) => p.toLowerCase()));
  return ctx.wiki.config.interwiki.map((iw) => {
    const entry: ApiObject = { prefix: iw.prefix, url: iw.url };
    ctx.setFlag(entry, 'local', iw.local || local.has(iw.prefix.toLowerCase()));
    if (iw.trans) ctx.setFlag(entry, 'trans', true);
    return entry;
  });
}

function statistics(ctx: ApiContext): ApiObject {
  const repo = ctx.wiki.repo;
  let articles = 0;
  let from: string | undefined;
  for (;;) {
    const batch = repo.listPages({ namespace: NS_MAIN, from, limit: 5001 });
    const rows = batch.length > 5000 ? batch.slice(0, 5000) : batch;
    articles += rows.filter((r) => !r.isRedirect).length;
    if (batch.length <= 5000) break;
    from = batch[5000].dbKey;
  }
  const jobs = repo.countJobs(5);
  return { pages: repo.countPages(), articles, images: 0, users: 0, activeusers: 0, admins: 0, jobs: jobs.queued + jobs.claimed };
}
