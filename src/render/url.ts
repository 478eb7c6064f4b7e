/**
 * URLs of pages: MediaWiki's wfUrlencode, local URLs from $wgArticlePath and $wgScript,
 * interwiki URLs, and fragments.
 */
import type { SiteConfig } from '../core/site-config.ts';
import type { Title, TitleParser } from '../core/title.ts';
import { escapeIdForExternalInterwiki, escapeIdForLink, phpUrlencode } from '../sanitize/escape-id.ts';

const restored: Record<string, string> = {
  '%3B': ';', '%40': '@', '%24': '$', '%21': '!', '%2A': '*', '%28': '(', '%29': ')', '%2C': ',',
  '%2F': '/', '%7E': '~', '%3A': ':',
};

/** PHP urlencode with `;@$!*(),/~:` left readable (wfUrlencode). */
export function wfUrlencode(s: string): string {
  const encoded = phpUrlencode(s);
  if (!encoded.includes('%')) return encoded;
  return encoded.replace(/%(3B|40|24|21|2A|28|29|2C|2F|7E|3A)/gi, (m) => restored[m.toUpperCase()]);
}

/** Query string from parameters, in order (wfArrayToCgi). */
export function arrayToCgi(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([k, v]) => `${phpUrlencode(k)}=${phpUrlencode(v)}`)
    .join('&');
}

/** The local URL of a page: /wiki/Title, or /index.php?title=Title&query. */
export function localUrl(config: SiteConfig, title: Title, query: Record<string, string> = {}): string {
  const dbKey = wfUrlencode(title.prefixedDBKey);
  const qs = arrayToCgi(query);
  if (qs === '') return config.wgArticlePath.replace('$1', dbKey);
  return `${config.wgScriptPath}/index.php?title=${dbKey}&${qs}`;
}

/** The fragment part of a link (with '#'), or ''. */
export function fragmentForUrl(config: SiteConfig, title: Title): string {
  if (!title.fragment) return '';
  if (title.isExternal) return '#' + escapeIdForExternalInterwiki(title.fragment);
  return '#' + escapeIdForLink(title.fragment, config.wgFragmentMode[0] ?? 'html5');
}

/** The URL of a title on another wiki, from the interwiki table. */
export function interwikiUrl(titles: TitleParser, title: Title): string {
  const entry = titles.getInterwiki(title.interwiki);
  const key = wfUrlencode(title.prefixedDBKey.slice(title.interwiki.length + 1));
  if (!entry) return key;
  // Expanding the URL drops an empty query (wfExpandUrl reassembles it).
  return entry.url.replace('$1', key).replace(/\?$/, '');
}

/** Title::getLinkURL: where a link to the title points. */
export function linkUrl(config: SiteConfig, titles: TitleParser, title: Title, query: Record<string, string> = {}): string {
  let url: string;
  if (title.isExternal) url = interwikiUrl(titles, title);
  else if (title.dbKey === '' && title.fragment) url = '';
  else url = localUrl(config, title, query);
  return url + fragmentForUrl(config, title);
}
