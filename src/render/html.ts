/**
 * Building HTML elements as MediaWiki's Html class does: attributes in the order given,
 * values double-quoted and escaped, false/null attributes left out.
 */
import { escapeHtml } from '../core/html-entities.ts';

export type HtmlAttributes = Record<string, string | number | boolean | null | undefined>;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const booleanAttributes = new Set([
  'allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer',
  'disabled', 'formnovalidate', 'hidden', 'ismap', 'itemscope', 'loop', 'multiple', 'muted',
  'novalidate', 'open', 'readonly', 'required', 'reversed', 'scoped', 'seamless', 'selected',
  'truespeed', 'typemustmatch',
]);
const spaceSeparated = new Set(['class', 'accesskey', 'rel']);

/** Escapes an attribute value for a double-quoted attribute (Html::expandAttributes). */
export function encodeAttributeValue(value: string): string {
  return value.replace(/[&"'><\n\r\t]/g, (c) => attrMap[c]);
}

const attrMap: Record<string, string> = {
  '&': '&amp;', '"': '&quot;', "'": '&#39;', '>': '&gt;', '<': '&lt;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

/** ` name="value"` for each attribute that is set. */
export function expandAttributes(attrs: HtmlAttributes): string {
  let out = '';
  for (const [rawKey, raw] of Object.entries(attrs)) {
    if (raw === false || raw === null || raw === undefined) continue;
    const key = rawKey.toLowerCase();
    if (booleanAttributes.has(key)) {
      out += ` ${key}=""`;
      continue;
    }
    let value = raw === true ? key : String(raw);
    if (spaceSeparated.has(key)) {
      value = [...new Set(value.split(/[\t\n\f\r ]+/).filter((s) => s !== ''))].join(' ');
      if (value === '') continue;
    }
    out += ` ${key}="${encodeAttributeValue(value)}"`;
  }
  return out;
}

/** An element whose contents are already HTML. */
export function rawElement(name: string, attrs: HtmlAttributes = {}, contents = ''): string {
  if (voidElements.has(name)) return `<${name}${expandAttributes(attrs)} />`;
  return `<${name}${expandAttributes(attrs)}>${contents}</${name}>`;
}

/** An element whose contents are text, escaped here. */
export function element(name: string, attrs: HtmlAttributes = {}, text = ''): string {
  return rawElement(name, attrs, escapeHtml(text));
}
