/**
 * Cleans a `style` attribute value (Sanitizer::normalizeCss and checkCss): references and
 * CSS escapes decoded, comments removed, and values that could run code or load URLs
 * replaced with a complaint comment.
 */
import { decodeCharReferences } from './char-references.ts';

const cssEscape = /\\(?:(\n|\r\n|\r|\f)|([0-9A-Fa-f]{1,6})[ \t\r\n\f]?|(.)|())/gsu;

function decodeCssEscape(_m: string, nl?: string, hex?: string, ch?: string): string {
  if (nl !== undefined) return '';
  let char: string;
  if (hex !== undefined) {
    const cp = parseInt(hex, 16);
    char = cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
  } else if (ch !== undefined) {
    char = ch;
  } else {
    char = '\\';
  }
  if (char === '\n' || char === '"' || char === "'" || char === '\\') {
    return `\\${char.charCodeAt(0).toString(16)} `;
  }
  return char;
}

/** Removes every complete comment, replacing it with a space. */
function replaceComments(value: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const start = value.indexOf('/*', pos);
    if (start < 0) break;
    const end = value.indexOf('*/', start + 2);
    if (end < 0) break;
    out += value.slice(pos, start) + ' ';
    pos = end + 2;
  }
  return out + value.slice(pos);
}

export function normalizeCss(input: string): string {
  let value = decodeCharReferences(input);
  value = value.replace(cssEscape, decodeCssEscape);
  if (!/^\s*\/\*[^*/]*\*\/\s*$/.test(value)) {
    value = replaceComments(value);
    const open = value.indexOf('/*');
    if (open >= 0) value = value.slice(0, open);
  }
  return value;
}

const insecure =
  /expression|filter\s*:|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:|url\s*\(|image\s*\(|image-set\s*\(|attr\s*\([^)]+[\s,]+url/i;

/** Sanitised CSS, or a comment saying why the value was refused. */
export function checkCss(input: string): string {
  const value = normalizeCss(input);
  if (/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(value) || value.includes('\uFFFD')) return '/* invalid control char */';
  if (insecure.test(value)) return '/* insecure input */';
  return value;
}
