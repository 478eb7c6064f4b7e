/**
 * A parsed query as PostgreSQL tsquery text for to_tsquery('simple', ...): each term its
 * words joined by <-> (a phrase), :* on the last word of a prefix term, OR groups with |,
 * required groups with &, excluded terms with & !. The words come from the shared
 * tokenizer, already folded, and the indexed vectors are built from the same words, so
 * matching does not depend on the database's locale; websearch_to_tsquery's own tokenizer
 * and its missing prefix operator would not give the same matches as the FTS5 index.
 */
import type { ParsedQuery, QueryTerm } from '../search-query.ts';

function term(t: QueryTerm): string {
  const words = t.words.map((w) => `'${w}'`);
  if (t.prefix) words[words.length - 1] += ':*';
  return words.length === 1 ? words[0] : `(${words.join(' <-> ')})`;
}

export function tsqueryText(query: ParsedQuery): string {
  const groups = query.must.map((group) => (group.length === 1 ? term(group[0]) : `(${group.map(term).join(' | ')})`));
  return [...groups, ...query.not.map((t) => `!${term(t)}`)].join(' & ');
}
