/**
 * The text a page is indexed with. Redirects have none (they are found by title). Wikitext
 * pages: the visible text of their parser output when a render is at hand (saves, link
 * refreshes), else the fast wikitext approximation (bulk builds). Other content models
 * (Lua modules, CSS, JavaScript, JSON, plain text) are indexed as they are written.
 */
import { NS_CATEGORY, NS_FILE } from '../core/namespace.ts';
import type { ParserOutput } from '../core/parser-output.ts';
import type { TitleParser } from '../core/title.ts';
import { isLanguageCode } from '../parse/inline/language-codes.ts';
import { outputText } from './html-to-text.ts';
import { wikitextToText } from './wikitext-to-text.ts';

export interface PageContent {
  model: string;
  isRedirect: boolean;
  text: string;
}

export function renderedPageText(content: PageContent, output: ParserOutput): string {
  if (content.isRedirect) return '';
  return content.model === 'wikitext' ? outputText(output) : content.text;
}

export function approximatePageText(content: PageContent, titles: TitleParser): string {
  if (content.isRedirect) return '';
  if (content.model !== 'wikitext') return content.text;
  return wikitextToText(content.text, { showsLink: (target) => showsLink(target, titles) });
}

/** Category and file links are not text (a leading colon makes them ordinary links); nor are language links. */
function showsLink(target: string, titles: TitleParser): boolean {
  if (/^\s*:/.test(target)) return true;
  const title = titles.parse(target);
  if (!title) return true;
  if (title.isExternal) return !(isLanguageCode(title.interwiki) || titles.config.wgExtraInterlanguageLinkPrefixes.includes(title.interwiki));
  return title.ns !== NS_CATEGORY && title.ns !== NS_FILE;
}
