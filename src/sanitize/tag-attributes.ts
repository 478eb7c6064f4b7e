/**
 * Attributes of literal HTML tags: decoding the attribute soup, keeping the allowed ones with
 * safe values, and writing them back double-quoted (Sanitizer::decodeTagAttributes,
 * validateAttributes, fixTagAttributes, safeEncodeAttribute).
 */
import { attributesAllowed } from './attributes.ts';
import { checkCss } from './check-css.ts';
import { decodeCharReferences } from './char-references.ts';
import { escapeIdForAttribute, escapeIdReferenceList } from './escape-id.ts';
import { urlProtocolsSource } from './url-protocols.ts';

/** Attribute name → value, in first-seen order. */
export type Attributes = Map<string, string>;

const sp = '[\\t\\n\\f\\r ]';
const attribsRegex = new RegExp(
  `((?:[^\\t\\n\\f\\r /=>]|=)[^\\t\\n\\f\\r /=>]*)(${sp}*=${sp}*(?:"([^"]*)(?:"|$)|'([^']*)(?:'|$)|(((?!${sp}|>).)*)))?`,
  'gsu',
);
const attribNameRegex = /^[:_\p{L}\p{N}][:_.\-\p{L}\p{N}]*$/u;
const evilUri = /(^|[\t\n\v\f\r ]|\*\/[\t\n\v\f\r ]*)(javascript|vbscript)([^A-Za-z0-9_]|$)/i;
const xmlnsAttribute = /^xmlns:[:A-Z_a-z\-.0-9]+$/;
const hrefRegex = new RegExp(`^(${urlProtocolsSource})[^\\s]+$`);
const uriAttributes = new Set([
  'rel', 'rev', 'about', 'property', 'resource', 'datatype', 'typeof',
  'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype',
]);
const idListAttributes = new Set(['aria-describedby', 'aria-flowto', 'aria-labelledby', 'aria-owns']);

/** Parses attribute soup into names (lower-cased) and decoded values. */
export function decodeTagAttributes(text: string): Attributes {
  const out: Attributes = new Map();
  if (text.trim() === '') return out;
  for (const m of text.matchAll(attribsRegex)) {
    const name = m[1].toLowerCase();
    if (!attribNameRegex.test(name)) continue;
    const raw = m[5] ?? m[4] ?? m[3] ?? '';
    const value = raw.replace(/[\t\r\n ]+/g, ' ').replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
    out.set(name, decodeCharReferences(value));
  }
  return out;
}

/** data-ooui, data-mw and data-parsoid are for the software, never for wikitext. */
export function isReservedDataAttribute(name: string): boolean {
  return /^data-(ooui|mw|parsoid)/i.test(name);
}

/**
 * Keeps the attributes on the allowed list (plus data-*), cleaning style, id and URL-like
 * values; drops the rest.
 */
export function validateAttributes(attrs: Attributes, allowed: ReadonlySet<string>): Attributes {
  const out: Attributes = new Map();
  for (const [name, original] of attrs) {
    let value = original;
    if (xmlnsAttribute.test(name)) {
      if (!evilUri.test(value)) out.set(name, value);
      continue;
    }
    if ((!/^data-[^:]*$/i.test(name) && !allowed.has(name)) || isReservedDataAttribute(name)) continue;
    // A name cannot be armoured like a value, so one with an underscore is dropped (1.39.17).
    if (name.includes('_')) continue;
    if (name === 'style') value = checkCss(value);
    if (name === 'id') value = escapeIdForAttribute(value);
    if (idListAttributes.has(name)) value = escapeIdReferenceList(value);
    if (uriAttributes.has(name) && evilUri.test(value)) continue;
    if ((name === 'href' || name === 'src' || name === 'poster') && !hrefRegex.test(value)) continue;
    if (name === 'tabindex' && value !== '0') continue;
    out.set(name, value);
  }
  if (!out.has('itemscope')) {
    out.delete('itemtype');
    out.delete('itemid');
    out.delete('itemref');
  }
  return out;
}

/** validateAttributes with the allowlist of one element. */
export function validateTagAttributes(attrs: Attributes, element: string): Attributes {
  return validateAttributes(attrs, attributesAllowed(element));
}

/** htmlspecialchars with ENT_QUOTES, plus tab and newlines as references. */
export function encodeAttribute(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (c) => attributeEscapes[c]);
}

const attributeEscapes: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;',
  '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

const wikiArmor: Record<string, string> = {
  '<': '&lt;', '>': '&gt;', '"': '&quot;', '{': '&#123;', '}': '&#125;', '[': '&#91;', ']': '&#93;',
  "''": '&#39;&#39;', ISBN: '&#73;SBN', RFC: '&#82;FC', PMID: '&#80;MID', '|': '&#124;', __: '&#95;_',
};
const wikiArmorRegex = /''|ISBN|RFC|PMID|__|[<>"{}[\]|]/g;
const protocolRegex = new RegExp(`(?:${urlProtocolsSource})`, 'gi');

/** An attribute value encoded for HTML and armoured against later wikitext passes. */
export function safeEncodeAttribute(text: string): string {
  return encodeAttribute(text)
    .replace(wikiArmorRegex, (s) => wikiArmor[s])
    .replace(protocolRegex, (p) => p.replace(/:/g, '&#58;'));
}

/**
 * safeEncodeAttribute with every underscore armoured as `&#95;` (MediaWiki 1.39.17), so that
 * no behaviour switch such as `__TOC__` can form: what tag attributes and Cite's labels get.
 * {{anchorencode:}} keeps single underscores and uses safeEncodeAttribute alone.
 */
export function safeEncodeAttributeArmoured(text: string): string {
  return safeEncodeAttribute(text).replace(/_/g, '&#95;');
}

/** Writes attributes back as ` name="value"` pairs ('' when there are none). */
export function safeEncodeTagAttributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of attrs) {
    const encoded = safeEncodeAttributeArmoured(value);
    out += ` ${name.replace(/[&<>"]/g, (c) => attributeEscapes[c])}="${encoded}"`;
  }
  return out;
}

/**
 * Cleans the attribute text of one tag for output: decoded, filtered by the element's
 * allowlist, re-encoded (Sanitizer::fixTagAttributes). Returns '' or ' a="b" ...'.
 */
export function sanitizeTagAttributes(element: string, attrsText: string): string {
  if (attrsText.trim() === '') return '';
  return safeEncodeTagAttributes(validateTagAttributes(decodeTagAttributes(attrsText), element));
}
