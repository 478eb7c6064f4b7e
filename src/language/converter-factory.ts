/**
 * The converter for a content language: languages with variants have one; for the others
 * (English and most languages) -{ }- is left as written, as MediaWiki's trivial converter does.
 */
import { LanguageConverter } from './language-converter.ts';
import type { VariantLanguage } from './variant-language.ts';
import { enPigLatin } from './variants/pig-latin.ts';
import { crh, gan, kk, ku, shi, tg, uz } from './variants/script-pairs.ts';
import { sr } from './variants/sr.ts';
import { zh } from './variants/zh.ts';

const languages: Record<string, VariantLanguage> = { crh, gan, kk, ku, shi, sr, tg, uz, zh };

export interface ConverterSettings {
  /** English gets the Pig Latin variant ($wgUsePigLatinVariant). */
  usePigLatinVariant?: boolean;
}

/** The variant language with this code, if it has variants. */
export function variantLanguage(code: string, settings: ConverterSettings = {}): VariantLanguage | undefined {
  const lower = code.toLowerCase();
  if (lower === 'en') return settings.usePigLatinVariant ? enPigLatin : undefined;
  return languages[lower];
}

/** A converter for one parse into `variant` (the main code when not given or not a variant). */
export function createLanguageConverter(code: string, variant?: string, settings: ConverterSettings = {}): LanguageConverter | null {
  const language = variantLanguage(code, settings);
  return language ? new LanguageConverter(language, variant) : null;
}
