/**
 * A parsed query as FTS5 MATCH text: each term a quoted phrase ("putin p series", with *
 * after it for a prefix), OR groups in parentheses, required groups joined with AND, excluded
 * terms after NOT; title searches wrap it all in a column filter. Words come from the
 * shared tokenizer (letters, digits and marks only), so nothing in them needs escaping.
 */
import type { ParsedQuery, QueryTerm } from '../search-query.ts';

function term(t: QueryTerm): string {
  return `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`;
}

export function fts5Match(query: ParsedQuery, column?: string): string {
  let expr = query.must.map((group) => (group.length === 1 ? term(group[0]) : `(${group.map(term).join(' OR ')})`)).join(' AND ');
  for (const excluded of query.not) expr = `(${expr}) NOT ${term(excluded)}`;
  return column ? `${column} : (${expr})` : expr;
}
