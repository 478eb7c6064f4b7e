/**
 * The converter for a content language: languages with variants have one; for the others
 * (English and most languages) -{ }- is left as written, as MediaWiki's trivial converter does.
 */
import { LanguageConverter } from './language-converter.ts';
import type { VariantLanguage } from './variant-language.ts';
import { sr } from './variants/sr.ts';
import { zh } from './variants/zh.ts';

const languages: Record<string, VariantLanguage> = { sr, zh };

/** The variant language with this code, if it has variants. */
export function variantLanguage(code: string): VariantLanguage | undefined {
  return languages[code.toLowerCase()];
}

/** A converter for one parse into `variant` (the main code when not given or not a variant). */
export function createLanguageConverter(code: string, variant?: string): LanguageConverter | null {
  const language = variantLanguage(code);
  return language ? new LanguageConverter(language, variant) : null;
}
