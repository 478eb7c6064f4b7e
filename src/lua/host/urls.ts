/**
 * Page URLs as MediaWiki builds them (Title::getLocalURL / getFullURL / getCanonicalURL):
 * the article path when there is no query, index.php?title=... when there is one.
 */
import type { SiteConfig } from '../../core/site-config.ts';
import type { Title, TitleParser } from '../../core/title.ts';
import { wfUrlencode } from '../../render/url.ts';

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
