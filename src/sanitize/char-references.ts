/**
 * Character references as MediaWiki 1.39's Sanitizer reads them: HTML5 named entities
 * (always with the semicolon), MediaWiki's two aliases, decimal and hex references.
 */
import { decodeHTMLStrict } from 'entities';

/** MediaWiki's non-standard entity names and what they stand for. */
const aliases: ReadonlyMap<string, string> = new Map([
  ['רלמ', 'rlm'],
  ['رلم', 'rlm'],
]);

/** The characters a named entity stands for, or undefined when the name is no entity. */
export function namedEntity(name: string): string | undefined {
  const source = `&${name};`;
  const decoded = decodeHTMLStrict(source);
  return decoded === source ? undefined : decoded;
}

/** Whether a code point may appear in the output (valid in both HTML5 and XML). */
export function validateCodepoint(cp: number): boolean {
  return (
    cp === 0x09 || cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const charRefs = /&([A-Za-z0-9\u0080-\uFFFF]+);|&#([0-9]+);|&#[xX]([0-9A-Fa-f]+);|&/g;

function toNumber(digits: string, radix: number): number {
  // Over-long references are invalid; keep the number finite and out of range.
  return digits.replace(/^0+/, '').length > 8 ? -1 : parseInt(digits, radix);
}

/** Decodes all references to characters; invalid numeric ones become U+FFFD. */
export function decodeCharReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(charRefs, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return namedEntity(aliases.get(name) ?? name) ?? whole;
    if (dec === undefined && hex === undefined) return whole;
    const cp = dec !== undefined ? toNumber(dec, 10) : toNumber(hex!, 16);
    return validateCodepoint(cp) ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

function normalizeEntity(name: string): string {
  const alias = aliases.get(name);
  if (alias) return `&${alias};`;
  if (name === 'lt' || name === 'gt' || name === 'amp' || name === 'quot') return `&${name};`;
  const chars = namedEntity(name);
  if (chars === undefined) return `&amp;${name};`;
  let out = '';
  for (const ch of chars) out += `&#${ch.codePointAt(0)};`;
  return out;
}

/**
 * Makes every reference in HTML text well-formed: known named entities become numeric
 * references (except &lt; &gt; &amp; &quot;), invalid numeric references and stray
 * ampersands are escaped, hex references are lower-cased.
 */
export function normalizeCharReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(charRefs, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return normalizeEntity(name);
    if (dec !== undefined) {
      const cp = toNumber(dec, 10);
      return validateCodepoint(cp) ? `&#${cp};` : `&amp;${whole.slice(1)}`;
    }
    if (hex !== undefined) {
      const cp = toNumber(hex, 16);
      return validateCodepoint(cp) ? `&#x${cp.toString(16)};` : `&amp;${whole.slice(1)}`;
    }
    return '&amp;';
  });
}
