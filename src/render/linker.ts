/**
 * Links to pages as MediaWiki's LinkRenderer and Linker make them: known (blue) links,
 * broken (red) links, self-links and interwiki links.
 */
import type { SiteConfig } from '../core/site-config.ts';
import type { Title, TitleParser } from '../core/title.ts';
import { escapeHtml } from '../core/html-entities.ts';
import { rawElement, type HtmlAttributes } from './html.ts';
import { linkUrl, localUrl } from './url.ts';
import { splitLinkTrail } from '../language/link-trail.ts';
import { redLinkTitle } from '../language/red-link-title.ts';

export interface LinkEnv {
  config: SiteConfig;
  titles: TitleParser;
}

export interface LinkOptions {
  /** Extra attributes; `class` is merged, `title: false` removes the title. */
  attrs?: HtmlAttributes;
  query?: Record<string, string>;
  /** Classes from the target page itself (e.g. 'mw-redirect'). */
  pageClasses?: string;
}

/** The default text of a link: its prefixed title, or '#fragment' for a fragment-only link. */
export function linkText(title: Title): string {
  const text = title.prefixedText;
  return escapeHtml(text === '' && title.fragment ? `#${title.fragment}` : text);
}

function mergeAttributes(base: HtmlAttributes, extra: HtmlAttributes = {}): HtmlAttributes {
  const out: HtmlAttributes = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (key === 'class' && typeof value === 'string' && typeof out.class === 'string' && out.class !== '') {
      out.class = `${out.class} ${value}`;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** A blue link. `html` is the link's inner HTML (default: the escaped title). */
export function makeKnownLink(env: LinkEnv, target: Title, html: string | null = null, options: LinkOptions = {}): string {
  const classes: string[] = [];
  if (target.isExternal) classes.push('extiw');
  if (options.pageClasses) classes.push(options.pageClasses);
  const titleAttr = target.prefixedText === '' ? false : target.prefixedText;
  const attrs = mergeAttributes(
    { href: linkUrl(env.config, env.titles, target, options.query), class: classes.join(' '), title: titleAttr },
    options.attrs,
  );
  return rawElement('a', attrs, html ?? linkText(target));
}

/** A red link to the edit page of a missing page (fragments dropped). */
export function makeBrokenLink(env: LinkEnv, target: Title, html: string | null = null, options: LinkOptions = {}): string {
  const bare = target.fragment ? target.withFragment('') : target;
  const query = { ...options.query };
  if (query.action === undefined && bare.ns !== -1) {
    query.action = 'edit';
    query.redlink = '1';
  }
  const attrs = mergeAttributes(
    { href: localUrl(env.config, bare, query), class: 'new', title: redLinkTitle(bare.prefixedText, env.config.wgLanguageCode) },
    options.attrs,
  );
  return rawElement('a', attrs, html ?? linkText(bare));
}

/** Blue or red link depending on `known`. */
export function makeLink(env: LinkEnv, target: Title, known: boolean, html: string | null = null, options: LinkOptions = {}): string {
  return known ? makeKnownLink(env, target, html, options) : makeBrokenLink(env, target, html, options);
}

/** A link to the page itself: bold-looking text, no href (Linker::makeSelfLinkObj). */
export function makeSelfLink(target: Title, html: string, inside = '', prefix = ''): string {
  const text = html === '' ? linkText(target) : html;
  return `<a class="mw-selflink selflink">${prefix}${text}${inside}</a>`;
}

/** The link trail of the content language (English by default): letters right after `]]` join the link text. */
export function splitTrail(trail: string, languageCode = 'en'): [inside: string, rest: string] {
  return splitLinkTrail(trail, languageCode);
}
