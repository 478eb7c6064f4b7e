/**
 * The search box's syntax, parsed once and compiled by each backend (FTS5 MATCH text,
 * PostgreSQL tsquery), so both find the same pages: words (all required), "quoted phrases",
 * a trailing * for a prefix (`kaga*`), a leading - for an excluded word or phrase, and OR
 * (in capitals) between two terms. Words are split and folded as the index does
 * (search-tokens.ts); a term without any word (punctuation) is dropped.
 */
import { wordList } from './search-tokens.ts';

export interface QueryTerm {
  /** Folded words; more than one is a phrase. */
  words: string[];
  /** The last word matches as a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does. */
  must: QueryTerm[][];
  /** Pages matching any of these are left out. */
  not: QueryTerm[];
}

interface RawItem {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function scan(input: string): RawItem[] {
  const items: RawItem[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i])) i++;
    if (i >= input.length) break;
    let negated = false;
    if ((input[i] === '-' || input[i] === '!') && i + 1 < input.length && !/\s/.test(input[i + 1])) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      let text = input.slice(i + 1, end);
      i = end + 1;
      if (input[i] === '*') { text += '*'; i++; }
      items.push({ text, quoted: true, negated });
      continue;
    }
    const start = i;
    while (i < input.length && !/\s/.test(input[i])) i++;
    items.push({ text: input.slice(start, i), quoted: false, negated });
  }
  return items;
}

function toTerm(item: RawItem): QueryTerm | null {
  const prefix = /\*\s*$/.test(item.text);
  const words = wordList(item.text);
  return words.length ? { words, prefix } : null;
}

export function parseSearchQuery(input: string): ParsedQuery {
  const must: QueryTerm[][] = [];
  const not: QueryTerm[] = [];
  // OR joins the next term to the group of a required term just before it.
  let lastRequired = false;
  let joinNext = false;
  for (const item of scan(input)) {
    if (!item.quoted && !item.negated && item.text === 'OR') {
      joinNext = lastRequired;
      continue;
    }
    const term = toTerm(item);
    if (!term) continue;
    if (item.negated) {
      not.push(term);
    } else if (joinNext) {
      must[must.length - 1].push(term);
    } else {
      must.push([term]);
    }
    lastRequired = !item.negated;
    joinNext = false;
  }
  return { must, not };
}

/** Whether the query can match anything (it needs at least one required term). */
export function isSearchable(query: ParsedQuery): boolean {
  return query.must.length > 0;
}

/** The terms whose words are highlighted in results. */
export function highlightTerms(query: ParsedQuery): QueryTerm[] {
  return query.must.flat();
}
