/**
 * Serialises the tidy output tree as MediaWiki's tidy does (RemexHtml's HtmlFormatter with
 * MediaWiki's compat changes): attributes always double-quoted, void elements as `<br />`,
 * '&' never escaped (character references were kept as written), no-break spaces as
 * `&#160;`, French spaces armoured in text outside raw-text elements, empty p-wrappers dropped, blank li/p/tr marked `class="mw-empty-elt"`.
 */
import { armorFrenchSpaces } from '../sanitize/french-spaces.ts';
import type { SNode } from './serializer-node.ts';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const voidElements = new Set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(' '),
);
const rawTextElements = new Set('style script xmp iframe noembed noframes plaintext noscript'.split(' '));
const prefixLfElements = new Set(['pre', 'textarea', 'listing']);
const markedEmptyElements = new Set(['li', 'p', 'tr']);

function escapeText(text: string): string {
  return text.replace(/[<>\u00a0]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#160;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/["\u00a0]/g, (c) => (c === '"' ? '&quot;' : '&#160;'));
}

function isBlank(text: string): boolean {
  return /^[\t\n\f\r ]*$/.test(text);
}

export function serializeChildren(node: SNode): string {
  let out = '';
  const raw = node.kind === 'element' && node.namespace === HTML_NS && rawTextElements.has(node.name);
  for (const child of node.children) {
    if (child.kind === 'text') out += raw ? child.value : armorFrenchSpaces(escapeText(child.value));
    else if (child.kind === 'comment') out += `<!--${child.value}-->`;
    else out += serializeElement(child);
  }
  return out;
}

export function serializeElement(node: SNode): string {
  const contents = serializeChildren(node);
  if (node.data.isPWrapper) return node.data.nonblankNodeCount > 0 ? `<p>${contents}</p>` : contents;
  const name = node.name;
  if (markedEmptyElements.has(name) && node.attrs.length === 0 && isBlank(contents)) {
    return `<${name} class="mw-empty-elt">${contents}</${name}>`;
  }
  let s = `<${name}`;
  for (const attr of node.attrs) {
    const attrName = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    s += ` ${attrName}="${escapeAttribute(attr.value)}"`;
  }
  const html = node.namespace === HTML_NS;
  if (html && voidElements.has(name)) return s + ' />';
  s += '>';
  if (html && contents[0] === '\n' && prefixLfElements.has(name)) s += '\n';
  return `${s}${contents}</${name}>`;
}
