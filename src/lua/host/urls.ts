/**
 * Page URLs as MediaWiki builds them (Title::getLocalURL / getFullURL / getCanonicalURL):
 * the article path when there is no query, index.php?title=... when there is one.
 */
import type { SiteConfig } from '../../core/site-config.ts';
import type { Title, TitleParser } from '../../core/title.ts';

/** wfUrlencode: percent-encoding that keeps the characters MediaWiki leaves readable. */
export function wfUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/%3B/g, ';').replace(/%40/g, '@').replace(/%24/g, '$').replace(/%21/g, '!')
    .replace(/%2A/g, '*').replace(/%28/g, '(').replace(/%29/g, ')').replace(/%2C/g, ',')
    .replace(/%2F/g, '/').replace(/%7E/g, '~').replace(/%3A/g, ':').replace(/'/g, '%27');
}

export function pageUrl(config: SiteConfig, titles: TitleParser, title: Title, kind: string, query: string): string {
  const fragment = title.fragment ? `#${wfUrlencode(title.fragment.replace(/ /g, '_'))}` : '';
  if (title.isExternal) {
    const iw = titles.getInterwiki(title.interwiki);
    const local = title.prefixedDBKey.slice(title.interwiki.length + 1);
    const url = (iw?.url ?? '$1').replace('$1', wfUrlencode(local));
    return url + (query ? (url.includes('?') ? '&' : '?') + query : '') + fragment;
  }
  const dbKey = wfUrlencode(title.prefixedDBKey);
  const local = query
    ? `${config.wgScriptPath}/index.php?title=${dbKey}&${query}`
    : config.wgArticlePath.replace('$1', dbKey);
  if (kind === 'local') return local + fragment;
  const server = config.wgServer;
  if (kind === 'canonical') return (server.startsWith('//') ? `https:${server}` : server) + local + fragment;
  return server + local + fragment;
}
