/**
 * {{urlencode:}}, {{anchorencode:}}, {{localurl:}}, {{fullurl:}}, {{canonicalurl:}} and their
 * E-forms, {{filepath:}} (MediaWiki's CoreParserFunctions).
 */
import { NS_FILE, NS_MEDIA } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import { escapeHtml, decodeCharReferences } from '../../core/html-entities.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { fragmentForUrl, wfUrlencode } from '../../render/url.ts';
import { phpUrlencode, escapeIdForLink } from '../../sanitize/escape-id.ts';
import { safeEncodeAttribute } from '../../sanitize/tag-attributes.ts';
import type { ParserFunctionDefinition, ParserFunctionResult } from '../extension.ts';
import { plain } from './plain-function.ts';

const killMarkers = (ctx: ParseContext, s: string): string => ctx.stripState.killMarkers(s);

/** PHP rawurlencode (RFC 3986). */
export function rawUrlencode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function urlencode(ctx: ParseContext, s: string, mode: string): string {
  const text = killMarkers(ctx, s);
  if (mode === 'WIKI') return wfUrlencode(text.replace(/ /g, '_'));
  if (mode === 'PATH') return rawUrlencode(text);
  return phpUrlencode(text);
}

/** The title a URL function refers to; Media: becomes File:. */
function urlTitle(ctx: ParseContext, s: string): Title | null {
  let title = ctx.env.titles.parse(s);
  if (!title) {
    try {
      title = ctx.env.titles.parse(decodeURIComponent(s.replace(/\+/g, ' ')));
    } catch {
      title = null;
    }
  }
  if (title && title.ns === NS_MEDIA) title = ctx.env.titles.makeTitle(NS_FILE, title.text);
  return title;
}

function localUrlOf(ctx: ParseContext, title: Title, query: string): string {
  const config = ctx.config;
  if (title.isExternal) {
    const entry = ctx.env.titles.getInterwiki(title.interwiki);
    const key = wfUrlencode(title.prefixedDBKey.slice(title.interwiki.length + 1));
    let url = entry ? entry.url.replace('$1', key) : key;
    if (query) url += (url.includes('?') ? '&' : '?') + query;
    return url;
  }
  const dbKey = wfUrlencode(title.prefixedDBKey);
  if (query === '') return config.wgArticlePath.replace('$1', dbKey);
  return `${config.wgScriptPath}/index.php?title=${dbKey}&${query}`;
}

function withServer(ctx: ParseContext, url: string, canonical: boolean): string {
  if (/^[a-z]+:\/\//i.test(url)) return url;
  const server = ctx.config.wgServer;
  const base = canonical && server.startsWith('//') ? `http:${server}` : server;
  return base + url;
}

type UrlKind = 'local' | 'full' | 'canonical';

function urlFunction(kind: UrlKind, escape: boolean): ParserFunctionDefinition {
  return plain((ctx, [s, query]): ParserFunctionResult => {
    const title = urlTitle(ctx, s);
    if (!title) return { text: '', found: false };
    let url = localUrlOf(ctx, title, query ?? '');
    if (kind !== 'local') url = withServer(ctx, url, kind === 'canonical') + fragmentForUrl(ctx.config, title);
    return escape ? escapeHtml(url) : url;
  });
}

/** MediaWiki's Parser::guessSectionNameFromWikiText without the leading '#'. */
export function sectionAnchor(ctx: ParseContext, wikitext: string): string {
  let text = killMarkers(ctx, wikitext);
  text = text.replace(/\[\[:?([^[|]+)\|([^[]+)\]\]/g, '$2').replace(/\[\[:?([^[]+)\|?\]\]/g, '$1');
  text = text.replace(/\[(?:https?:|ftp:|mailto:|\/\/)([^ ]+?) ([^[]+)\]/gi, '$2');
  text = text.replace(/'{2,}/g, '').replace(/<[^>]*>/g, '');
  text = decodeCharReferences(text.replace(/[ _]+/g, ' ').trim());
  return escapeIdForLink(text, ctx.config.wgFragmentMode?.[0] ?? 'html5');
}

export const urlFunctions: Record<string, ParserFunctionDefinition> = {
  urlencode: plain((ctx, [s, mode]) => urlencode(ctx, s, (mode ?? '').toUpperCase())),
  anchorencode: plain((ctx, [s]) => safeEncodeAttribute(sectionAnchor(ctx, s))),
  localurl: urlFunction('local', false),
  localurle: urlFunction('local', true),
  fullurl: urlFunction('full', false),
  fullurle: urlFunction('full', true),
  canonicalurl: urlFunction('canonical', false),
  canonicalurle: urlFunction('canonical', true),
  filepath: plain((ctx, [name, argA, argB]) => {
    const title = ctx.env.titles.makeTitle(NS_FILE, name);
    const file = title ? ctx.env.data.getFile(title) : null;
    if (!file || !title) return '';
    ctx.output.images.add(title.dbKey);
    const url = file.url.startsWith('/') && !file.url.startsWith('//') ? ctx.config.wgServer + file.url : file.url;
    void argB;
    return argA === 'nowiki' ? { text: url, nowiki: true } : url;
  }),
};
