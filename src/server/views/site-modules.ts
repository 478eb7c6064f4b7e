/**
 * The site's own styles and script, as MediaWiki's "site" and "site.styles" modules: the
 * skin links MediaWiki:Common.css and MediaWiki:Kagami.css (the skin's own stylesheet
 * page, as MediaWiki:Vector.css is Vector's) through action=raw, after the skin's styles so
 * the community's rules win. Each URL names the page's current revision (version=ID), so
 * browsers keep it until the page is edited. MediaWiki:Common.js is linked only with
 * wgUseSiteJs (see docs/content-models.md for why it is off by default).
 */
import { NS_MEDIAWIKI } from '../../core/namespace.ts';
import type { Wiki } from '../../wiki/wiki.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import { wfUrlencode } from '../urls.ts';

export const siteStylePages = ['Common.css', 'Kagami.css'];
export const siteScriptPages = ['Common.js'];

/** The raw URL of a site page's current revision, or null when the page is missing or not of `model`. */
export function siteModuleUrl(wiki: Wiki, urls: Urls, name: string, model: string, ctype: string): string | null {
  const page = wiki.repo.getPage(NS_MEDIAWIKI, name);
  if (!page || page.model !== model || page.length === 0) return null;
  return `${urls.scriptPath}?title=${wfUrlencode(`MediaWiki:${name}`)}&action=raw&ctype=${ctype}&version=${page.latestRevisionId}`;
}

/** The `<link>` and `<script>` elements of the site's styles and script. */
export function siteModules(wiki: Wiki, urls: Urls): SafeHtml {
  const parts: SafeHtml[] = [];
  if (wiki.config.wgUseSiteCss) {
    for (const name of siteStylePages) {
      const href = siteModuleUrl(wiki, urls, name, 'css', 'text/css');
      if (href) parts.push(html`<link rel="stylesheet" href="${href}">\n`);
    }
  }
  if (wiki.config.wgUseSiteJs) {
    for (const name of siteScriptPages) {
      const src = siteModuleUrl(wiki, urls, name, 'javascript', 'text/javascript');
      if (src) parts.push(html`<script src="${src}" defer></script>\n`);
    }
  }
  return html`${parts}`;
}
