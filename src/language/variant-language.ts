/**
 * What a language with variants declares (MediaWiki's LanguageConverter subclasses, as data):
 * its variants, their fallbacks, how far manual rules may convert each one, the automatic
 * conversion tables and the names shown by the N and D flags.
 */
export type ManualLevel = 'bidirectional' | 'unidirectional' | 'disable';

export interface VariantLanguage {
  /** The language code, also the variant meaning "no conversion" where it is one. */
  mainCode: string;
  variants: string[];
  /** Variants to try, in order, when a rule has no text for the wanted one. */
  fallbacks: Record<string, string[]>;
  /** Manual rule level by variant; variants not listed are bidirectional. */
  manualLevel?: Record<string, ManualLevel>;
  /** Automatic conversion pairs by variant (from → to). */
  tables: Record<string, Record<string, string>>;
  /** Names of the variants, where the language has its own (otherwise the autonyms). */
  variantNames?: Record<string, string>;
  /** Separators of the D flag's rule description. */
  descCodeSeparator?: string;
  descVarSeparator?: string;
  /** Text already in the target variant is left alone (LanguageConverter::guessVariant). */
  guessVariant?(text: string, variant: string): boolean;
  /** Automatic conversion of plain text; `table` applies the variant's table. */
  translate?(text: string, variant: string, table: (text: string) => string): string;
}
