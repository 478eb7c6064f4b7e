/**
 * Free URLs and ISBN/RFC/PMID magic links (Parser::doMagicLinks). Text inside `<a>...</a>`
 * and inside tags is left alone.
 */
import { markNoConversion } from '../../language/mark-no-conversion.ts';
import type { ParseContext } from '../parse-context.ts';
import type { Pass } from '../pipeline.ts';
import { makeExternalLink, externalLinkAttribs } from '../../render/external-link.ts';
import { makeKnownLink } from '../../render/linker.ts';
import { cleanUrl } from '../../sanitize/clean-url.ts';
import { urlProtocolsWithoutProtRelSource } from '../../sanitize/url-protocols.ts';
import { maybeMakeExternalImage } from './external-image.ts';
import { extLinkAddr, extLinkUrlClass, noParseMarker, spaceNotNl, wordEnd, wordStart } from './link-patterns.ts';

const spdash = `(?:-|${spaceNotNl})`;
const isbnSpaces = new RegExp(spaceNotNl, 'gu');
const magicRegex = new RegExp(
  '(<a[ \\t\\r\\n>][^\\n]*?</a>)' +
    '|(<[^\\n]*?>)' +
    `|(${wordStart}(?:${urlProtocolsWithoutProtRelSource.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)})(${extLinkAddr}${extLinkUrlClass}*))` +
    `|${wordStart}(?:RFC|PMID)${spaceNotNl}+([0-9]+)${wordEnd}` +
    `|${wordStart}ISBN${spaceNotNl}+((?:97[89]${spdash}?)?(?:[0-9]${spdash}?){9}[0-9Xx])${wordEnd}`,
  'gu',
);

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/** Trailing punctuation and escaped brackets are not part of a free URL. */
export function splitFreeUrl(raw: string): [url: string, trail: string] {
  let url = raw;
  let trail = '';
  const stop = /&(lt|gt|nbsp|#x0*(3[CcEe]|[Aa]0)|#0*(60|62|160));/.exec(url);
  if (stop) {
    trail = url.slice(stop.index);
    url = url.slice(0, stop.index);
  }
  // The backslash is MediaWiki's too.
  const sep = url.includes('(') ? ',;\\.:!?' : ',;\\.:!?)';
  let n = 0;
  while (n < url.length && sep.includes(url[url.length - 1 - n])) n++;
  // Keep the ';' of an entity at the end.
  if (n > 0 && url[url.length - n] === ';' && /&([a-z]+|#x[\da-f]+|#\d+)$/i.test(url.slice(0, url.length - n))) n--;
  if (n > 0) {
    trail = url.slice(url.length - n) + trail;
    url = url.slice(0, url.length - n);
  }
  return [url, trail];
}

function makeFreeExternalLink(ctx: ParseContext, whole: string, postProtocol: string): string {
  const [rawUrl, trail] = splitFreeUrl(whole);
  if (byteLength(trail) >= byteLength(postProtocol)) return rawUrl + trail;
  const url = cleanUrl(rawUrl);
  const config = ctx.config;
  const img = maybeMakeExternalImage(config, url);
  if (img !== null) return img + trail;
  ctx.output.externalLinks.add(url);
  const href = ctx.env.extensions.externalLinkHref(url, ctx);
  return makeExternalLink(config, url, markNoConversion(ctx, url), true, 'free', externalLinkAttribs(config, url), href) + trail;
}

const trackingCategories: Record<string, string> = {
  ISBN: 'Pages_using_ISBN_magic_links',
  RFC: 'Pages_using_RFC_magic_links',
  PMID: 'Pages_using_PMID_magic_links',
};

function addTrackingCategory(ctx: ParseContext, kind: string): void {
  const dbKey = trackingCategories[kind];
  if (!ctx.output.categories.has(dbKey)) ctx.output.addCategory(dbKey, ctx.output.properties.get('defaultsort') ?? '');
  ctx.output.trackingCategories.add(dbKey);
}

function magicLink(ctx: ParseContext, m: RegExpExecArray): string {
  const [whole, anchor, tag, free, postProtocol, number, isbn] = m;
  if (anchor !== undefined || tag !== undefined) return whole;
  if (free !== undefined) return makeFreeExternalLink(ctx, whole, postProtocol);
  const enabled = ctx.config.wgEnableMagicLinks;
  if (number !== undefined) {
    const isRfc = whole.startsWith('RFC');
    if (isRfc ? !enabled.RFC : !enabled.PMID) return whole;
    const keyword = isRfc ? 'RFC' : 'PMID';
    const url = isRfc
      ? `https://tools.ietf.org/html/rfc${number}`
      : `//www.ncbi.nlm.nih.gov/pubmed/${number}?dopt=Abstract`;
    addTrackingCategory(ctx, keyword);
    const href = ctx.env.extensions.externalLinkHref(url, ctx);
    return makeExternalLink(ctx.config, url, `${keyword} ${number}`, true, isRfc ? 'mw-magiclink-rfc' : 'mw-magiclink-pmid', {}, href);
  }
  if (isbn !== undefined && enabled.ISBN) {
    const spaced = isbn.replace(isbnSpaces, ' ');
    const num = spaced.replace(/[- ]/g, '').replace(/x/g, 'X');
    const target = ctx.env.titles.parse(`Special:BookSources/${num}`);
    if (!target) return whole;
    addTrackingCategory(ctx, 'ISBN');
    const html = `ISBN ${spaced}`.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
    return makeKnownLink(ctx.env, target, html, { attrs: { class: 'internal mw-magiclink-isbn', title: false } });
  }
  return whole;
}

/** Links free URLs and magic words in text that is not already inside a link or tag. */
export function doMagicLinks(text: string, ctx: ParseContext): string {
  magicRegex.lastIndex = 0;
  return text.replace(magicRegex, (...args) => {
    const groups = args.slice(0, 7) as unknown as RegExpExecArray;
    return magicLink(ctx, groups);
  });
}

export const magicLinks: Pass = {
  name: 'magicLinks',
  run: (text, ctx) => doMagicLinks(text.split(noParseMarker).join(''), ctx),
};
