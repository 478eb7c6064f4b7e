/**
 * action=query: builds the page set (titles, pageids, revids or a generator), runs the
 * requested prop, list and meta modules, and writes continuation as MediaWiki does.
 */
import type { ActionModule } from '../action-module.ts';
import type { ApiContext, ApiObject } from '../api-context.ts';
import { ApiError } from '../errors.ts';
import { PrefixedParams } from '../params.ts';
import { ContinuationManager } from './continuation.ts';
import { listModules, metaModules, propModules } from './modules.ts';
import { PageSet } from './page-set.ts';
import type { ListOutput, QueryRun } from './query-module.ts';

/** Runs a query; `pageSetOnly` builds the page set alone (action=purge takes pages this way). */
export function executeQuery(ctx: ApiContext, opts: { pageSetOnly?: boolean } = {}): ApiObject {
  const { params } = ctx;
  const props = opts.pageSetOnly ? [] : params.list('prop', Object.keys(propModules));
  const lists = opts.pageSetOnly ? [] : params.list('list', Object.keys(listModules));
  const metas = opts.pageSetOnly ? [] : params.list('meta', Object.keys(metaModules));
  const generator = params.str('generator');
  if (generator !== undefined && generator !== '' && !(generator in listModules)) throw new ApiError('badvalue', 'generator', generator);

  for (const n of ['converttitles', 'iwurl', 'exportschema']) params.has(n);
  const cont = new ContinuationManager(params, new Set(props));
  const query: ApiObject = {};
  const q: QueryRun = { ctx, cont, query };
  const pageSet = buildPageSet(q, generator || undefined);
  pageSet.output(query, params.bool('indexpageids'));

  for (const name of props) {
    const mod = propModules[name];
    if (!cont.shouldRun(name)) {
      params.markUsed(mod.prefix);
      continue;
    }
    mod.run(q, new PrefixedParams(params, mod.prefix), pageSet.good);
  }
  for (const name of lists) {
    const mod = listModules[name];
    if (!cont.shouldRun(name)) {
      params.markUsed(mod.prefix);
      continue;
    }
    const items: ApiObject[] = [];
    query[name] = items;
    const p = new PrefixedParams(params, mod.prefix);
    const out: ListOutput = {
      isGenerator: false,
      add: (item) => void items.push(item),
      setContinue: (n, v) => cont.addContinue(name, p.name(n), v),
    };
    mod.run(q, p, out);
  }
  for (const name of metas) {
    const mod = metaModules[name];
    if (cont.shouldRun(name)) mod.run(q, new PrefixedParams(params, mod.prefix));
  }

  const result: ApiObject = {};
  const { data, batchComplete } = cont.result();
  if (batchComplete) result.batchcomplete = ctx.flag(true);
  if (data) result.continue = data;
  if (Object.keys(query).length) result.query = query;
  return result;
}

function buildPageSet(q: QueryRun, generator: string | undefined): PageSet {
  const { params } = q.ctx;
  const pageSet = new PageSet(q.ctx, params.bool('redirects'));
  const sources = ['titles', 'pageids', 'revids'].filter((n) => params.str(n) !== undefined);
  if (generator) sources.push('generator');
  if (sources.length > 1) throw new ApiError('invalidparammix', sources.map((s) => `"${s}"`).join(', '));
  const max = q.ctx.user.rights.includes('apihighlimits') ? 500 : 50;
  for (const n of ['titles', 'pageids', 'revids']) {
    if (params.list(n).length > max) throw new ApiError('toomanyvalues', n, max);
  }
  pageSet.addTitleTexts(params.list('titles'));
  pageSet.addPageIds(params.list('pageids'));
  pageSet.addRevIds(params.list('revids'));
  if (generator) runGenerator(q, generator, pageSet);
  return pageSet;
}

function runGenerator(q: QueryRun, name: string, pageSet: PageSet): void {
  const mod = listModules[name];
  const p = new PrefixedParams(q.ctx.params, `g${mod.prefix}`);
  if (q.cont.isGeneratorDone) {
    q.ctx.params.markUsed(p.prefix);
    return;
  }
  const out: ListOutput = {
    isGenerator: true,
    add: (_item, t) => {
      const title = q.ctx.wiki.titles.makeTitle(t.ns, t.dbKey);
      if (title) pageSet.addTitle(title);
    },
    setContinue: (n, v) => q.cont.addGeneratorContinue(p.name(n), v),
  };
  mod.run(q, p, out);
}

export const query: ActionModule = {
  name: 'query',
  execute: (ctx) => executeQuery(ctx),
};
