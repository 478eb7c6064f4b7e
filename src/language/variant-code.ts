/**
 * Variant codes as written in wikitext: MediaWiki's internal codes (zh-tw), their BCP 47
 * forms (zh-Hant-TW) and deprecated aliases, all matched without regard to case.
 */
const bcp47Forms: Record<string, string> = {
  'sr-ec': 'sr-Cyrl',
  'sr-el': 'sr-Latn',
  'zh-cn': 'zh-Hans-CN',
  'zh-sg': 'zh-Hans-SG',
  'zh-my': 'zh-Hans-MY',
  'zh-tw': 'zh-Hant-TW',
  'zh-hk': 'zh-Hant-HK',
  'zh-mo': 'zh-Hant-MO',
  'en-x-piglatin': 'en-x-piglatin',
};

/** Deprecated codes and the codes that replaced them (LanguageCode::getDeprecatedCodeMapping). */
export const deprecatedCodes: Record<string, string> = {
  'als': 'gsw',
  'bat-smg': 'sgs',
  'be-x-old': 'be-tarask',
  'fiu-vro': 'vro',
  'roa-rup': 'rup',
  'zh-classical': 'lzh',
  'zh-min-nan': 'nan',
  'zh-yue': 'yue',
};

/** The BCP 47 form of an internal code: the special ones, else region upper-cased, script title-cased. */
export function bcp47(code: string): string {
  const special = bcp47Forms[code.toLowerCase()];
  if (special) return special;
  const parts = code.toLowerCase().split('-');
  return parts
    .map((part, i) => {
      if (i === 0 || parts[i - 1] === 'x') return part;
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0].toUpperCase() + part.slice(1);
      return part;
    })
    .join('-');
}
