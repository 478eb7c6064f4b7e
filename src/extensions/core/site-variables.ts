/**
 * Variables about the wiki and the revision: {{SITENAME}}, {{SERVER}}, {{REVISIONID}},
 * {{NUMBEROFPAGES}} ... (MediaWiki's CoreMagicVariables), with function forms where
 * MediaWiki has them ({{NUMBEROFPAGES:R}}, {{PAGESIZE:Page}}, {{PAGESINCATEGORY:Cat}}).
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { ParserFunctionDefinition, VariableDefinition } from '../extension.ts';
import { mwTimestamp } from './clock.ts';
import { formatNum } from './format-functions.ts';
import { plain } from './plain-function.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

function revisionDate(ctx: ParseContext): Date {
  const ts = ctx.options.revision?.timestamp;
  const d = ts ? new Date(ts) : ctx.now;
  return Number.isNaN(d.getTime()) ? ctx.now : d;
}

const site: Record<string, (ctx: ParseContext) => string> = {
  SITENAME: (ctx) => ctx.config.wgSitename,
  SERVER: (ctx) => ctx.config.wgServer,
  SERVERNAME: (ctx) => ctx.config.wgServer.replace(/^[a-z]*:?\/\//i, '').replace(/[:/].*$/, ''),
  SCRIPTPATH: (ctx) => ctx.config.wgScriptPath,
  STYLEPATH: (ctx) => `${ctx.config.wgScriptPath}/skins`,
  CONTENTLANGUAGE: (ctx) => ctx.config.wgLanguageCode,
  DIRECTIONMARK: () => '\u200E',
  CURRENTVERSION: () => '1.39.0',
  REVISIONID: (ctx) => (ctx.options.preview ? '' : String(ctx.options.revision?.id ?? '')),
  REVISIONDAY: (ctx) => String(revisionDate(ctx).getUTCDate()),
  REVISIONDAY2: (ctx) => pad(revisionDate(ctx).getUTCDate()),
  REVISIONMONTH: (ctx) => pad(revisionDate(ctx).getUTCMonth() + 1),
  REVISIONMONTH1: (ctx) => String(revisionDate(ctx).getUTCMonth() + 1),
  REVISIONYEAR: (ctx) => String(revisionDate(ctx).getUTCFullYear()),
  REVISIONTIMESTAMP: (ctx) => mwTimestamp(revisionDate(ctx)),
  REVISIONUSER: (ctx) => ctx.options.revision?.userName ?? '',
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
  const title = ctx.env.titles.parse(name);
  if (!title) return '0';
  let size: number;
  if (title.equals(ctx.title)) {
    size = ctx.options.revision?.size ?? Buffer.byteLength(ctx.source);
  } else {
    const page = ctx.env.data.getPage(title);
    ctx.output.addTemplate(title, page?.revisionId ?? 0);
    size = page ? Buffer.byteLength(page.text) : 0;
  }
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

/** The revision a {{REVISION...:page}} function reads: the one being parsed for the page itself. */
function revisionOf(ctx: ParseContext, name: string): { id: number; timestamp: Date; user: string } | null {
  const title = ctx.env.titles.parse(name);
  if (!title) return null;
  if (title.equals(ctx.title)) {
    const rev = ctx.options.revision;
    return { id: rev?.id ?? 0, timestamp: revisionDate(ctx), user: rev?.userName ?? '' };
  }
  const page = ctx.env.data.getPage(title);
  ctx.output.addTemplate(title, page?.revisionId ?? 0);
  if (!page || !ctx.incrementExpensiveFunctionCount()) return null;
  const d = new Date(page.timestamp);
  return { id: page.revisionId, timestamp: Number.isNaN(d.getTime()) ? ctx.now : d, user: '' };
}

const revisionParts: Record<string, (r: { id: number; timestamp: Date; user: string }) => string> = {
  REVISIONID: (r) => String(r.id),
  REVISIONDAY: (r) => String(r.timestamp.getUTCDate()),
  REVISIONDAY2: (r) => pad(r.timestamp.getUTCDate()),
  REVISIONMONTH: (r) => pad(r.timestamp.getUTCMonth() + 1),
  REVISIONMONTH1: (r) => String(r.timestamp.getUTCMonth() + 1),
  REVISIONYEAR: (r) => String(r.timestamp.getUTCFullYear()),
  REVISIONTIMESTAMP: (r) => mwTimestamp(r.timestamp),
  REVISIONUSER: (r) => r.user,
};

export const siteFunctions: Record<string, ParserFunctionDefinition> = {
  PAGESIZE: plain((ctx, [name, raw]) => pageSize(ctx, name, raw ?? ''), { caseSensitive: true }),
  PAGESINCATEGORY: plain((ctx, [name, type, raw]) => pagesInCategory(ctx, name, type ?? '', raw ?? ''), { aliases: ['PAGESINCAT'], caseSensitive: true }),
};
for (const [name, key] of Object.entries(statNames)) {
  siteFunctions[name] = plain((ctx, [raw]) => (raw.toUpperCase() === 'R' ? String(stat(ctx, key)) : formatNum(String(stat(ctx, key)))), { caseSensitive: true });
}
for (const [name, part] of Object.entries(revisionParts)) {
  siteFunctions[name] = plain(
    (ctx, [page]) => {
      const rev = revisionOf(ctx, page);
      return rev ? part(rev) : '';
    },
    { caseSensitive: true },
  );
}
