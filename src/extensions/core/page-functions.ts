/**
 * Functions that set page properties or read messages: {{DISPLAYTITLE:}}, {{DEFAULTSORT:}},
 * {{int:}}, {{#language:}}, {{gender:}}, {{grammar:}}, {{bidi:}} (MediaWiki's
 * CoreParserFunctions).
 */
import { decodeCharReferences, escapeHtml } from '../../core/html-entities.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import type { ParserFunctionDefinition, ParserFunctionResult } from '../extension.ts';
import { doAllQuotes } from '../../parse/inline/quotes.ts';
import { internalRemoveHtmlTags } from '../../sanitize/remove-html-tags.ts';
import { normalizeCharReferences } from '../../sanitize/char-references.ts';
import { checkCss } from '../../sanitize/check-css.ts';
import { decodeTagAttributes, safeEncodeTagAttributes } from '../../sanitize/tag-attributes.ts';
import { escapeWikiText } from '../../preprocess/escape-wiki-text.ts';
import { messageText } from './message-text.ts';
import { languageNames } from './language-names.ts';
import { plain, plainHash } from './plain-function.ts';

/** Tags {{DISPLAYTITLE}} escapes although wikitext may use them elsewhere. */
const badDisplayTitleTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote', 'ol', 'ul', 'li', 'hr', 'table', 'tr', 'th', 'td', 'dl', 'dd', 'caption', 'p', 'ruby', 'rb', 'rt', 'rtc', 'rp', 'br']);

/** With $wgRestrictDisplayTitle, a style that could hide part of the title is replaced. */
function restrictStyle(params: string): string {
  const attrs = decodeTagAttributes(params);
  const style = attrs.get('style');
  if (style === undefined) return params;
  const checked = checkCss(style);
  attrs.set('style', /(display|user-select|visibility)\s*:/i.test(checked) ? '/* attempt to bypass $wgRestrictDisplayTitle */' : checked);
  return safeEncodeTagAttributes(attrs);
}

function displayTitle(ctx: ParseContext, raw: string, arg: string): ParserFunctionResult {
  if (!ctx.config.wgAllowDisplayTitle) return { text: '', found: false };
  const mode = arg.toLowerCase();
  const restrict = ctx.config.wgRestrictDisplayTitle;
  const quoted = ctx.stripState.killMarkers(doAllQuotes(raw));
  const text = normalizeCharReferences(internalRemoveHtmlTags(quoted, restrict ? restrictStyle : undefined, badDisplayTitleTags));
  const plainText = decodeCharReferences(text.replace(/<[^>]*>/g, ''));
  const title = ctx.env.titles.parse(plainText);
  if (!restrict || (title && !title.fragment && title.equals(ctx.title))) {
    const old = ctx.output.properties.get('displaytitle');
    if (old === undefined || mode !== 'noreplace') {
      ctx.output.displayTitle = text;
      ctx.output.properties.set('displaytitle', text);
    }
    if (old !== undefined && old !== text && !mode) {
      return `<span class="error"><strong>Warning:</strong> Display title "${escapeWikiText(text)}" overrides earlier display title "${escapeWikiText(old)}".</span>`;
    }
    return '';
  }
  ctx.output.addDiagnostic('restricted-displaytitle', `Display title "${plainText}" was ignored since it is not equivalent to the page's actual title.`);
  ctx.addTrackingCategory('restricted-displaytitle-ignored');
  return '';
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
  const message = messageText(_ctx, key);
  if (message === null) return `⧼${escapeHtml(key)}⧽`;
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
