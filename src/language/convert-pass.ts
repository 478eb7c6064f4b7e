/**
 * The parser passes of language conversion: the half-parsed HTML converted to the reader's
 * variant once links are in place (before nowiki text comes back), and the page title text
 * (a -{T|}- rule's title, else the page name in the variant), as MediaWiki's Parser does.
 */
import type { ParseContext } from '../parse/parse-context.ts';
import type { Pass } from '../parse/pipeline.ts';
import { createLanguageConverter } from './converter-factory.ts';
import type { LanguageConverter } from './language-converter.ts';
import { escapeHtml } from '../core/html-entities.ts';
import { removeSomeTags } from './remove-some-tags.ts';

const converters = new WeakMap<ParseContext, LanguageConverter | null>();

/** The converter of this parse's content language, or null where it has no variants. */
export function targetLanguageConverter(ctx: ParseContext): LanguageConverter | null {
  let converter = converters.get(ctx);
  if (converter === undefined) {
    converter = createLanguageConverter(ctx.env.config.wgLanguageCode, ctx.options.variant, {
      usePigLatinVariant: ctx.env.config.wgUsePigLatinVariant,
    });
    converters.set(ctx, converter);
  }
  return converter;
}

function contentConversionDisabled(ctx: ParseContext): boolean {
  return ctx.output.properties.has('nocontentconvert');
}

export const languageConvert: Pass = {
  name: 'languageConvert',
  run(text, ctx) {
    if (contentConversionDisabled(ctx)) return text;
    const converter = targetLanguageConverter(ctx);
    return converter ? converter.convert(text) : text;
  },
};

/** Title HTML as MediaWiki's Parser::formatPageTitle writes it. */
export function formatPageTitle(nsText: string, separator: string, mainText: string): string {
  let html = '';
  if (nsText !== '') {
    html += `<span class="mw-page-title-namespace">${escapeHtml(nsText)}</span>`;
    html += `<span class="mw-page-title-separator">${escapeHtml(separator)}</span>`;
  }
  return html + `<span class="mw-page-title-main">${escapeHtml(mainText)}</span>`;
}

export const pageTitleText: Pass = {
  name: 'pageTitleText',
  run(text, ctx) {
    if (!ctx.isMain || ctx.output.displayTitle !== null) return text;
    const props = ctx.output.properties;
    if (props.has('nocontentconvert') || props.has('notitleconvert')) return text;
    const converter = targetLanguageConverter(ctx);
    if (converter && converter.convRuleTitle !== false) {
      ctx.output.titleText = removeSomeTags(converter.convRuleTitle);
      return text;
    }
    const title = ctx.title;
    const nsText = title.nsText;
    const mainText = title.text;
    ctx.output.titleText = converter
      ? formatPageTitle(converter.translate(nsText, converter.variant), ':', converter.translate(mainText, converter.variant))
      : formatPageTitle(nsText, ':', mainText);
    return text;
  },
};
