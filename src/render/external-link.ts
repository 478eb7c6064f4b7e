/**
 * External links as MediaWiki's Linker::makeExternalLink writes them, with the rel/target
 * attributes the site settings ask for (Parser::getExternalLinkAttribs).
 */
import type { SiteConfig } from '../core/site-config.ts';
import { escapeHtml } from '../core/html-entities.ts';
import { rawElement, type HtmlAttributes } from './html.ts';

/** Host of a URL (lower-cased), or '' when it has none. */
function urlHost(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return m ? m[1].toLowerCase() : '';
}

/** Whether the URL's host is one of the domains or a subdomain of one (wfMatchesDomainList). */
export function matchesDomainList(url: string, domains: readonly string[] | string): boolean {
  const host = urlHost(url);
  if (host === '') return false;
  // A settings file may give a single domain as a string.
  return (typeof domains === 'string' ? [domains] : domains).some((d) => host === d.toLowerCase() || host.endsWith('.' + d.toLowerCase()));
}

/** rel="nofollow" unless the site or the domain is exempt. */
export function externalLinkRel(config: SiteConfig, url: string): string | null {
  if (config.wgNoFollowLinks && !matchesDomainList(url, config.wgNoFollowDomainExceptions)) return 'nofollow';
  return null;
}

/** Attributes the parser puts on every external link it makes. */
export function externalLinkAttribs(config: SiteConfig, url: string): HtmlAttributes {
  const attrs: HtmlAttributes = {};
  let rel = externalLinkRel(config, url) ?? '';
  const target = config.wgExternalLinkTarget;
  if (target) {
    attrs.target = target;
    if (!['_self', '_parent', '_top'].includes(target)) rel = rel ? `${rel} noreferrer noopener` : 'noreferrer noopener';
  }
  attrs.rel = rel === '' ? null : rel;
  return attrs;
}

/**
 * `<a class="external {linkType}" href=url>`. `text` is HTML unless `escape` is true.
 * Attributes come in the order of `attrs`, then class, then rel when not given, then href
 * (`href`: the URL as extensions rewrote it; rel is judged on `url`).
 */
export function makeExternalLink(
  config: SiteConfig,
  url: string,
  text: string,
  escape: boolean,
  linkType = '',
  attrs: HtmlAttributes = {},
  href: string = url,
): string {
  const out: HtmlAttributes = { ...attrs };
  let cls = 'external';
  if (linkType) cls += ` ${linkType}`;
  if (typeof attrs.class === 'string' && attrs.class) cls += ` ${attrs.class}`;
  out.class = cls;
  const rel = externalLinkRel(config, url);
  if (out.rel === undefined || out.rel === null || out.rel === '') out.rel = rel;
  else if (rel) out.rel = [...new Set(`${out.rel} ${rel}`.split(' '))].join(' ');
  out.href = href;
  return rawElement('a', out, escape ? escapeHtml(text) : text);
}
