/**
 * {{ns:}}, {{nse:}}, {{#special:}}, {{#speciale:}} (MediaWiki's CoreParserFunctions).
 */
import { NS_SPECIAL } from '../../core/namespace.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { wfUrlencode } from '../../render/url.ts';
import type { ParserFunctionDefinition, ParserFunctionResult } from '../extension.ts';
import { phpIntval } from './format-functions.ts';
import { plain, plainHash } from './plain-function.ts';

function nsIndex(ctx: ParseContext, part: string): number | undefined {
  const n = phpIntval(part);
  if (n || (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(part) && Number(part) === 0)) return n;
  return ctx.env.titles.namespaces.getId(part.replace(/ /g, '_'));
}

function ns(ctx: ParseContext, part: string, encode: boolean): ParserFunctionResult {
  const index = nsIndex(ctx, part);
  const name = index === undefined ? undefined : ctx.env.titles.namespaces.getName(index);
  if (name === undefined) return { text: '', found: false };
  return encode ? wfUrlencode(name) : name.replace(/_/g, ' ');
}

/** Canonical names of the special pages pages link to most, by lower-case alias. */
const specialPages = new Map(
  [
    'AllPages', 'Blankpage', 'Categories', 'Contributions', 'Export', 'FilePath', 'ListFiles', 'Log',
    'LonelyPages', 'NewPages', 'Preferences', 'PrefixIndex', 'Random', 'RecentChanges',
    'RecentChangesLinked', 'Search', 'SpecialPages', 'Statistics', 'Upload', 'UserLogin',
    'Version', 'WantedPages', 'WhatLinksHere', 'Watchlist', 'EmailUser', 'MovePage', 'Badtitle',
  ].map((name) => [name.toLowerCase(), name]),
);
specialPages.set('randompage', 'Random');
specialPages.set('allmessages', 'AllMessages');

function special(ctx: ParseContext, text: string): string {
  const slash = text.indexOf('/');
  const name = slash < 0 ? text : text.slice(0, slash);
  const canonical = specialPages.get(name.replace(/[ _]+/g, '').toLowerCase());
  const full = canonical ? canonical + (slash < 0 ? '' : text.slice(slash)) : text;
  const title = ctx.env.titles.makeTitle(NS_SPECIAL, full);
  return title ? title.prefixedText : 'Special:Badtitle';
}

export const namespaceFunctions: Record<string, ParserFunctionDefinition> = {
  ns: plain((ctx, [part]) => ns(ctx, part, false)),
  nse: plain((ctx, [part]) => ns(ctx, part, true)),
  special: plainHash((ctx, [text]) => special(ctx, text)),
  speciale: plainHash((ctx, [text]) => wfUrlencode(special(ctx, text).replace(/ /g, '_'))),
};
