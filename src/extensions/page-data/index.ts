/**
 * PageData: {{#pagedata: source=eyes | value=Blue | category=Characters | fields=name,eyes |
 * format=table|list|count | sort=name | limit=50}} lists the pages whose infoboxes have the
 * item (docs/page-data.md). The page is put in a tracking category so it is re-rendered when
 * any page's data changes (wiki/… page-data update queues its refreshLinks job).
 */
import type { ExtensionDefinition } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import { PageDataArgumentError, readRequest, splitArguments } from './query-args.ts';
import { renderResults, sortRows, type ResultRow } from './render-results.ts';

/** The category of pages that use {{#pagedata:}} (dbKey). */
export const PAGE_DATA_QUERY_CATEGORY = 'Pages_using_page_data_queries';

function addTrackingCategory(ctx: ParseContext): void {
  ctx.output.addCategory(PAGE_DATA_QUERY_CATEGORY, '');
  ctx.output.trackingCategories.add(PAGE_DATA_QUERY_CATEGORY);
}

function error(ctx: ParseContext, message: string): { text: string; isHTML: boolean; noparse: boolean } {
  ctx.output.addDiagnostic('pagedata-error', message);
  return { text: `<strong class="error">Page data error: ${escapeHtml(message)}</strong>`, isHTML: true, noparse: true };
}

export const pageDataExtension: ExtensionDefinition = {
  name: 'PageData',
  parserFunctions: {
    pagedata: {
      hash: true,
      expensive: true,
      hook: (ctx, frame, first, args) => {
        addTrackingCategory(ctx);
        let request;
        try {
          request = readRequest(splitArguments([first, ...args.map((a) => frame.expand(a))]), ctx.env.titles);
        } catch (e) {
          if (e instanceof PageDataArgumentError) return error(ctx, e.message);
          throw e;
        }
        if (!ctx.incrementExpensiveFunctionCount()) return '';
        const fields = [...new Set([...request.fields, ...(request.sort ? [request.sort] : [])])];
        const matches = ctx.env.data.queryPageData?.(request.query, fields) ?? [];
        const rows: ResultRow[] = [];
        for (const match of matches) {
          const title = ctx.env.titles.makeTitle(match.namespace, match.dbKey);
          if (title) rows.push({ title, match });
        }
        const text = renderResults(sortRows(rows, request.sort, request.descending), request);
        return { text: request.format === 'count' ? text : `\n${text}\n`, noparse: false };
      },
    },
  },
};
