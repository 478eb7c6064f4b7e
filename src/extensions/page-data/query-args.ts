/**
 * The arguments of {{#pagedata:}} read into a query: source (required), value, namespace
 * (number or name; "Main" or empty for 0), category, fields, format (table, list, count),
 * sort, order, limit (1–500, 50 by default). A bad argument is reported by name, as the
 * error MediaWiki's parser functions show.
 */
import type { PageDataQuery } from '../../core/page-data.ts';
import { NS_CATEGORY } from '../../core/namespace.ts';
import type { TitleParser } from '../../core/title.ts';

export type PageDataFormat = 'table' | 'list' | 'count';

export interface PageDataRequest {
  query: PageDataQuery;
  fields: string[];
  format: PageDataFormat;
  /** A field to sort by, '' for the page title. */
  sort: string;
  descending: boolean;
}

export const defaultLimit = 50;
export const maxLimit = 500;

const known = new Set(['source', 'value', 'namespace', 'category', 'fields', 'format', 'sort', 'order', 'limit']);

export class PageDataArgumentError extends Error {}

/** "name=value" pieces; a piece without "=" is the source when it comes first. */
export function splitArguments(pieces: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  pieces.forEach((piece, index) => {
    const eq = piece.indexOf('=');
    if (eq < 0) {
      if (piece.trim() === '') return;
      if (index === 0) out.set('source', piece.trim());
      else throw new PageDataArgumentError(`Unknown argument "${piece.trim()}".`);
      return;
    }
    out.set(piece.slice(0, eq).trim().toLowerCase(), piece.slice(eq + 1).trim());
  });
  return out;
}

export function readRequest(args: Map<string, string>, titles: TitleParser): PageDataRequest {
  for (const name of args.keys()) if (!known.has(name)) throw new PageDataArgumentError(`Unknown argument "${name}".`);
  const source = args.get('source') ?? '';
  if (source === '') throw new PageDataArgumentError('The "source" argument is required.');
  const format = (args.get('format') || 'table').toLowerCase();
  if (format !== 'table' && format !== 'list' && format !== 'count') {
    throw new PageDataArgumentError(`Invalid format "${format}": use table, list or count.`);
  }
  const limitText = args.get('limit') || String(defaultLimit);
  const limit = /^\d+$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= maxLimit)) throw new PageDataArgumentError(`Invalid limit "${limitText}": give a number from 1 to ${maxLimit}.`);
  const order = (args.get('order') || 'ascending').toLowerCase();
  if (!['asc', 'ascending', 'desc', 'descending'].includes(order)) throw new PageDataArgumentError(`Invalid order "${order}": use ascending or descending.`);
  const fieldsText = args.get('fields') ?? '';
  const fields = fieldsText.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const sort = args.get('sort') ?? '';
  return {
    query: {
      source,
      value: args.has('value') && args.get('value') !== '' ? args.get('value')! : null,
      namespace: readNamespace(args.get('namespace'), titles),
      category: readCategory(args.get('category'), titles),
      limit,
    },
    fields: fields.length > 0 ? fields : format === 'table' ? [source] : [],
    format,
    sort: sort.toLowerCase() === 'title' ? '' : sort,
    descending: order.startsWith('desc'),
  };
}

function readNamespace(text: string | undefined, titles: TitleParser): number | null {
  if (text === undefined) return null;
  if (text === '' || text.toLowerCase() === 'main' || text === '(main)') return 0;
  const id = /^-?\d+$/.test(text) ? Number(text) : titles.namespaces.getId(text.replace(/ /g, '_'));
  if (id === undefined || !titles.namespaces.exists(id) || id < 0) throw new PageDataArgumentError(`Invalid namespace "${text}".`);
  return id;
}

function readCategory(text: string | undefined, titles: TitleParser): string | null {
  if (text === undefined || text === '') return null;
  const title = titles.parse(text, NS_CATEGORY);
  if (!title || title.ns !== NS_CATEGORY) throw new PageDataArgumentError(`Invalid category "${text}".`);
  return title.dbKey;
}
