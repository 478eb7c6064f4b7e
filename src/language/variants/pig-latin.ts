/**
 * English with the Pig Latin variant (en-x-piglatin), a test variant sites switch on with
 * $wgUsePigLatinVariant: words of plain letters move their leading consonants to the end,
 * followed by "ay" ("way" after a leading vowel).
 */
import type { VariantLanguage } from '../variant-language.ts';

function pigLatinWord(word: string): string {
  if (/^[aeiou]/i.test(word)) return word + 'way';
  return word.replace(/^(s?qu|[^aeiou][^aeiouy]*)(.*)$/i, (_m, head: string, rest: string) => {
    if (head[0] === head[0].toUpperCase()) return rest.charAt(0).toUpperCase() + rest.slice(1) + head.charAt(0).toLowerCase() + head.slice(1) + 'ay';
    return rest + head + 'ay';
  });
}

export const enPigLatin: VariantLanguage = {
  mainCode: 'en',
  variants: ['en', 'en-x-piglatin'],
  fallbacks: { en: [], 'en-x-piglatin': ['en'] },
  tables: {},
  translate(text, variant, table) {
    if (variant !== 'en-x-piglatin') return table(text);
    return text.replace(/[A-Za-z][a-z']+/g, pigLatinWord);
  },
};
