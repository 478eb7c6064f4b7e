/**
 * The "Go" of the search box (MediaWiki's SearchNearMatcher): the page a query names, when
 * one exists under the title as typed or with its case changed (all lower case, each word
 * capitalised, all upper case); special pages always match.
 */
import type { Title } from '../core/title.ts';
import type { Wiki } from '../wiki/wiki.ts';

export function nearMatch(wiki: Wiki, query: string): Title | null {
  const typed = query.trim();
  if (!typed) return null;
  const lower = typed.toLowerCase();
  const variants = [typed, lower, lower.replace(/(^|[\s_:])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()), typed.toUpperCase()];
  for (const variant of variants) {
    const title = wiki.titles.parse(variant);
    if (!title || title.isExternal) continue;
    if (title.isSpecial) return variant === typed ? title : null;
    if (wiki.repo.getPage(title.ns, title.dbKey)) return title;
  }
  return null;
}
