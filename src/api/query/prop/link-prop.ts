/**
 * What prop=links, prop=templates and prop=categories share: each page's rows from its link
 * table, in MediaWiki's order (page id, then namespace and title), optionally limited to some
 * namespaces or target titles, cut at the limit and continued by "<pageid>|<ns>|<dbkey>".
 */
import type { TitleKey } from '../../../storage/link-tables.ts';
import type { ApiObject } from '../../api-context.ts';
import { ApiError } from '../../errors.ts';
import type { PrefixedParams } from '../../params.ts';
import type { SetPage } from '../page-set.ts';
import type { QueryRun } from '../query-module.ts';
import { queryLimit } from '../query-params.ts';

export interface LinkRow extends TitleKey {
  /** Extra output fields (category sort keys ...). */
  extra?: ApiObject;
}

export interface LinkPropSpec {
  module: string;
  /** The page's output field: links, templates, categories. */
  field: string;
  /** Parameter naming target titles (pltitles, tltemplates, clcategories). */
  titlesParam: string;
  /** Whether the continue value names the namespace (not for categories). */
  withNamespace: boolean;
  rows(pageId: number): LinkRow[];
}

export function runLinkProp(q: QueryRun, p: PrefixedParams, pages: SetPage[], spec: LinkPropSpec): void {
  const { ctx } = q;
  const { titles } = ctx.wiki;
  const namespaces = spec.withNamespace ? p.namespaces('namespace', (id) => titles.namespaces.exists(id)) : undefined;
  const limit = queryLimit(ctx, p);
  const targets = new Set(p.list(spec.titlesParam).map((t) => {
    const title = titles.parse(t, spec.withNamespace ? 0 : 14);
    return title ? `${title.ns}:${title.dbKey}` : '';
  }));
  const dir = p.choice('dir', ['ascending', 'descending'] as const, 'ascending');
  let start: [number, number, string] | null = null;
  const cont = p.str('continue');
  if (cont !== undefined) {
    const parts = cont.split('|');
    const ok = spec.withNamespace ? parts.length === 3 && /^\d+$/.test(parts[1]) : parts.length === 2;
    if (!ok || !/^\d+$/.test(parts[0])) throw new ApiError('badcontinue');
    start = spec.withNamespace ? [Number(parts[0]), Number(parts[1]), parts[2]] : [Number(parts[0]), 14, parts[1]];
  }
  const sign = dir === 'ascending' ? 1 : -1;
  const all: Array<{ g: SetPage; row: LinkRow; key: [number, number, string] }> = [];
  for (const g of pages) {
    for (const row of spec.rows(g.page.pageId)) {
      if (namespaces && !namespaces.includes(row.namespace)) continue;
      if (targets.size && !targets.has(`${row.namespace}:${row.dbKey}`)) continue;
      all.push({ g, row, key: [g.page.pageId, row.namespace, row.dbKey] });
    }
  }
  const cmp = (a: [number, number, string], b: [number, number, string]) =>
    sign * (a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  all.sort((a, b) => cmp(a.key, b.key));
  const rows = start ? all.filter((r) => cmp(r.key, start) >= 0) : all;
  for (const { g, row } of rows.slice(0, limit)) {
    const title = titles.makeTitle(row.namespace, row.dbKey);
    const list = (g.out[spec.field] ??= []) as ApiObject[];
    list.push({ ns: row.namespace, title: title?.prefixedText ?? row.dbKey, ...row.extra });
  }
  if (rows.length > limit) {
    const [pageId, ns, key] = rows[limit].key;
    q.cont.addContinue(spec.module, p.name('continue'), spec.withNamespace ? `${pageId}|${ns}|${key}` : `${pageId}|${key}`);
  }
}
