/**
 * Text the converter must leave alone, such as a URL shown as link text, wrapped in a raw
 * rule `-{R|text}-` (LanguageConverter::markNoConversion); unchanged where the content
 * language has no variants or the text already holds rule markup.
 */
import type { ParseContext } from '../parse/parse-context.ts';
import { targetLanguageConverter } from './convert-pass.ts';

export function markNoConversion(ctx: ParseContext, text: string): string {
  if (!targetLanguageConverter(ctx)) return text;
  // As MediaWiki tests it: markup at the very start does not count.
  if (text.indexOf('-{') > 0 || text.indexOf('}-') > 0) return text;
  return `-{R|${text}}-`;
}
