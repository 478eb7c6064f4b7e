/**
 * Serbian: Cyrillic (sr-ec) and Latin (sr-el) script, transliterated letter by letter;
 * `sr` itself is left as written. Roman numerals stay in Latin letters, and text already
 * mostly in the target script is not converted.
 */
import type { VariantLanguage } from '../variant-language.ts';

const cyrillic = 'а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш'.split(' ');
const latin = 'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ');

function upperFirst(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

const toLatin: Record<string, string> = {};
const toCyrillic: Record<string, string> = {};
cyrillic.forEach((cyr, i) => {
  const lat = latin[i];
  toLatin[cyr] = lat;
  toLatin[cyr.toUpperCase()] = upperFirst(lat);
  toCyrillic[lat] = cyr;
  toCyrillic[upperFirst(lat)] = cyr.toUpperCase();
  if (lat.length > 1) toCyrillic[lat.toUpperCase()] = cyr.toUpperCase();
});

const roman = '(?=[MDCLXVI])M{0,4}(?:C[DM]|D?C{0,3})(?:X[LC]|L?X{0,3})(?:I[VX]|V?I{0,3})';
const breaks = '[^\\w\\u0080-\\uffff]';
const romanRegex = new RegExp(`^${roman}$|^${roman}(?=${breaks})|(?<=${breaks})${roman}$|(?<=${breaks})${roman}(?=${breaks})`, 'gu');

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

export const sr: VariantLanguage = {
  mainCode: 'sr',
  variants: ['sr', 'sr-ec', 'sr-el'],
  fallbacks: { sr: ['sr-ec'], 'sr-ec': ['sr'], 'sr-el': ['sr'] },
  tables: { 'sr-ec': toCyrillic, 'sr-el': toLatin },
  guessVariant(text, variant) {
    const cyr = count(text, /[шђчћжШЂЧЋЖ]/g);
    const lat = count(text, /[šđčćžŠĐČĆŽ]/g);
    if (variant === 'sr-ec') return cyr > lat;
    if (variant === 'sr-el') return lat > cyr;
    return false;
  },
  translate(text, _variant, table) {
    // Roman numerals are kept; the text between them is converted.
    let out = '';
    let last = 0;
    for (const m of text.matchAll(romanRegex)) {
      if (m[0] === '') continue;
      out += table(text.slice(last, m.index)) + m[0];
      last = m.index! + m[0].length;
    }
    return out + table(text.slice(last));
  },
};
