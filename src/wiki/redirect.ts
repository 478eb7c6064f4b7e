/**
 * Redirect pages: text starting with `#REDIRECT [[Target]]` (MediaWiki's redirect magic
 * word, any case, optional colon), as WikitextContent reads it.
 */
import type { Title, TitleParser } from '../core/title.ts';

const redirectWord = /^#REDIRECT/i;
const redirectLink = /^\s*:?\s*\[\[([^\n]*?)(?:\|[^\n]*?)?\]\]/;

/** The redirect target of a wikitext page, or null when it is not a redirect. */
export function parseRedirect(text: string, titles: TitleParser): Title | null {
  const trimmed = text.replace(/^\s+/, '');
  const word = redirectWord.exec(trimmed);
  if (!word) return null;
  const link = redirectLink.exec(trimmed.slice(word[0].length));
  if (!link) return null;
  let target = link[1];
  if (target.includes('%')) {
    try {
      target = decodeURIComponent(target.replace(/^:+/, ''));
    } catch {
      return null;
    }
  }
  const title = titles.parse(target);
  if (!title || (title.dbKey === '' && !title.isExternal)) return null;
  return title;
}
