/**
 * Functions that set page properties or read messages: {{DISPLAYTITLE:}}, {{DEFAULTSORT:}},
 * {{int:}}, {{#language:}}, {{gender:}}, {{grammar:}}, {{bidi:}} (MediaWiki's
 * CoreParserFunctions).
 */
import { decodeCharReferences, escapeHtml } from '../../core/html-entities.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import type { ParserFunctionDefinition, ParserFunctionResult } from '../extension.ts';
import { messages } from './messages.ts';
import { languageNames } from './language-names.ts';
import { plain, plainHash } from './plain-function.ts';

function displayTitle(ctx: ParseContext, text: string, arg: string): string {
  const mode = arg.toLowerCase();
  const stripped = decodeCharReferences(ctx.stripState.killMarkers(text).replace(/<[^>]*>/g, ''));
  const title = ctx.env.titles.parse(stripped);
  const restrict = ctx.config.wgRestrictDisplayTitle;
  if (!restrict || (title && title.equals(ctx.title))) {
    if (mode === 'noreplace' && ctx.output.displayTitle !== null) return '';
    ctx.output.displayTitle = text;
    ctx.output.properties.set('displaytitle', text);
    return '';
  }
  ctx.addTrackingCategory('restricted-displaytitle-ignored');
  if (mode === 'noerror') return '';
  return `<span class="error"><strong>Warning:</strong> Display title "${escapeHtml(text)}" was ignored since it is not equivalent to the page's actual title.</span>`;
}

function defaultSort(ctx: ParseContext, text: string, arg: string): string {
  if (text === '') return '';
  const mode = arg.toLowerCase();
  const old = ctx.output.properties.get('defaultsort');
  if (old === undefined || mode !== 'noreplace') ctx.output.properties.set('defaultsort', text);
  if (old === undefined || old === text || mode) return '';
  return `<span class="error"><strong>Warning:</strong> Default sort key "${escapeHtml(text)}" overrides earlier default sort key "${escapeHtml(old)}".</span>`;
}

/** {{int:key|$1|$2}}: the interface message, with parameters, still to be parsed. */
function int(_ctx: ParseContext, key: string, params: string[]): ParserFunctionResult {
  if (key === '') return { text: '', found: false };
  const lookup = key.charAt(0).toLowerCase() + key.slice(1);
  const message = messages[lookup] ?? messages[lookup.toLowerCase()];
  if (message === undefined) return `⧼${escapeHtml(key)}⧽`;
  const text = message.replace(/\$(\d+)/g, (m, n: string) => params[Number(n) - 1] ?? m);
  return { text, noparse: false };
}

function language(ctx: ParseContext, code: string, inLanguage: string): string {
  const name = languageNames[code.toLowerCase()];
  void inLanguage;
  void ctx;
  return name ?? code.toLowerCase().replace(/_/g, '-');
}

export const pageFunctions: Record<string, ParserFunctionDefinition> = {
  DISPLAYTITLE: plain((ctx, [text, arg]) => displayTitle(ctx, text, arg ?? ''), { caseSensitive: true }),
  DEFAULTSORT: plain((ctx, [text, arg]) => defaultSort(ctx, text, arg ?? ''), { aliases: ['DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT'], caseSensitive: true }),
  int: plain((ctx, [key, ...params]) => int(ctx, key, params)),
  language: plainHash((ctx, [code, inLanguage]) => language(ctx, code, inLanguage ?? '')),
  gender: plain((_ctx, [, ...forms]) => (forms.length <= 1 ? (forms[0] ?? '') : (forms[2] ?? forms[0]))),
  grammar: plain((_ctx, [, word]) => word ?? ''),
  bidi: plain((_ctx, [text]) => (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text) ? `\u202B${text}\u202C` : `\u202A${text}\u202C`)),
};
