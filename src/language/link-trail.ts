/**
 * Per content language: the link trail (letters after `]]` that join the link text,
 * Language::linkTrail) and, where the language has link prefixes, the characters before
 * `[[` that join it (Language::linkPrefixExtension and linkPrefixCharset).
 */

interface LinkRules {
  /** The start of the text after `]]` that joins the link. */
  trail: RegExp;
  /** Characters of a link prefix, when the language has them. */
  prefixCharset?: string;
}

/** Any letter from a-z, A-Z or beyond ASCII (MediaWiki's default prefix charset). */
const defaultPrefixCharset = 'a-zA-Z\\u{80}-\\u{10FFFF}';
const arabicLetters = 'ء-يچ\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED';

const rules: Record<string, LinkRules> = {
  en: { trail: /^[a-z]+/ },
  // An apostrophe joins the trail unless another follows it (T29473).
  ca: { trail: /^(?:[a-zàèéíòóúç·ïü]|'(?!'))+/u },
  kaa: { trail: /^(?:[a-zıʼ’“»]|'(?!'))+/u, prefixCharset: defaultPrefixCharset },
  is: { trail: /^[áðéíóúýþæöa-z\-–]+/u, prefixCharset: defaultPrefixCharset },
  ar: { trail: new RegExp(`^[a-z${arabicLetters}]+`, 'u'), prefixCharset: `a-zA-Z${arabicLetters}` },
};

function rulesFor(languageCode: string): LinkRules {
  return rules[languageCode] ?? rules.en;
}

/** Splits the text after `]]` into the part that joins the link and the rest (Linker::splitTrail). */
export function splitLinkTrail(trail: string, languageCode = 'en'): [inside: string, rest: string] {
  const m = rulesFor(languageCode).trail.exec(trail);
  return m ? [m[0], trail.slice(m[0].length)] : ['', trail];
}

const prefixChars = new Map<string, RegExp>();

/** The length of the link prefix at the end of `text` (the text before `[[`); 0 when the language has none. */
export function linkPrefixLength(text: string, languageCode: string): number {
  const charset = rulesFor(languageCode).prefixCharset;
  if (!charset) return 0;
  let re = prefixChars.get(charset);
  if (!re) prefixChars.set(charset, (re = new RegExp(`^[${charset}]$`, 'u')));
  let start = text.length;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
    if (!re.test(text.slice(start - size, start))) break;
    start -= size;
  }
  return text.length - start;
}
