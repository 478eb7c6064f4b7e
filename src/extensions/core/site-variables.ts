/**
 * Variables about the wiki and the revision: {{SITENAME}}, {{SERVER}}, {{REVISIONID}},
 * {{NUMBEROFPAGES}} ... (MediaWiki's CoreMagicVariables), with function forms where
 * MediaWiki has them ({{NUMBEROFPAGES:R}}, {{PAGESIZE:Page}}, {{PAGESINCATEGORY:Cat}}).
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { ParserFunctionDefinition, VariableDefinition } from '../extension.ts';
import { currentRevisionOf, revisionFunctions, revisionVariables } from './revision-variables.ts';
import { formatNum } from './format-functions.ts';
import { plain } from './plain-function.ts';


const site: Record<string, (ctx: ParseContext) => string> = {
  SITENAME: (ctx) => ctx.config.wgSitename,
  SERVER: (ctx) => ctx.config.wgServer,
  SERVERNAME: (ctx) => ctx.config.wgServer.replace(/^[a-z]*:?\/\//i, '').replace(/[:/].*$/, ''),
  SCRIPTPATH: (ctx) => ctx.config.wgScriptPath,
  STYLEPATH: (ctx) => `${ctx.config.wgScriptPath}/skins`,
  CONTENTLANGUAGE: (ctx) => ctx.config.wgLanguageCode,
  // The page's language: the content language, as no page sets its own here.
  PAGELANGUAGE: (ctx) => ctx.config.wgLanguageCode,
  DIRECTIONMARK: () => '\u200E',
  CURRENTVERSION: () => '1.39.0',
  ...revisionVariables,
  REVISIONSIZE: (ctx) => String(ctx.options.revision?.size ?? 0),
  PAGEID: (ctx) => String(ctx.options.revision?.pageId ?? ''),
};

/** The few variables MediaWiki matches in any case. */
const caseInsensitiveVariables = new Set(['SERVER', 'SERVERNAME', 'SCRIPTPATH', 'STYLEPATH', 'PAGEID']);

const statNames = {
  NUMBEROFPAGES: 'pages',
  NUMBEROFARTICLES: 'articles',
  NUMBEROFFILES: 'files',
  NUMBEROFUSERS: 'users',
  NUMBEROFACTIVEUSERS: 'activeUsers',
  NUMBEROFEDITS: 'edits',
  NUMBEROFADMINS: 'admins',
} as const;

function stat(ctx: ParseContext, key: (typeof statNames)[keyof typeof statNames]): number {
  return ctx.env.data.siteStats?.()[key] ?? 0;
}

export const siteVariables: Record<string, VariableDefinition> = {};
for (const [name, fn] of Object.entries(site)) {
  siteVariables[name] = {
    hook: fn,
    aliases: name === 'CONTENTLANGUAGE' ? ['CONTENTLANG'] : name === 'DIRECTIONMARK' ? ['DIRMARK'] : undefined,
    caseSensitive: !caseInsensitiveVariables.has(name),
  };
}
for (const [name, key] of Object.entries(statNames)) {
  siteVariables[name] = { hook: (ctx) => formatNum(String(stat(ctx, key))) };
}

function pageSize(ctx: ParseContext, name: string, raw: string): string {
  const size = currentRevisionOf(ctx, name, 'vary-revision-sha1')?.size ?? 0;
  return raw.toUpperCase() === 'R' ? String(size) : formatNum(String(size));
}

function pagesInCategory(ctx: ParseContext, name: string, type: string, raw: string): string {
  const title = ctx.env.titles.parse(name, 14);
  if (!title || !ctx.incrementExpensiveFunctionCount()) return '0';
  const c = ctx.env.data.categoryCounts?.(title) ?? { pages: 0, subcats: 0, files: 0 };
  const kind = type.toLowerCase();
  const n = kind === 'pages' ? c.pages : kind === 'subcats' ? c.subcats : kind === 'files' ? c.files : c.pages + c.subcats + c.files;
  return raw.toUpperCase() === 'R' || type.toUpperCase() === 'R' ? String(n) : formatNum(String(n));
}

export const siteFunctions: Record<string, ParserFunctionDefinition> = {
  PAGESIZE: plain((ctx, [name, raw]) => pageSize(ctx, name, raw ?? ''), { caseSensitive: true }),
  PAGESINCATEGORY: plain((ctx, [name, type, raw]) => pagesInCategory(ctx, name, type ?? '', raw ?? ''), { aliases: ['PAGESINCAT'], caseSensitive: true }),
};
for (const [name, key] of Object.entries(statNames)) {
  siteFunctions[name] = plain((ctx, [raw]) => (raw.toUpperCase() === 'R' ? String(stat(ctx, key)) : formatNum(String(stat(ctx, key)))), { caseSensitive: true });
}
for (const [name, fn] of Object.entries(revisionFunctions)) {
  siteFunctions[name] = plain((ctx, [page]) => fn(ctx, page), { caseSensitive: true });
}
