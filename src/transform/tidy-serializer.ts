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

function isRawText(node: SNode): boolean {
  return node.kind === 'element' && node.namespace === HTML_NS && rawTextElements.has(node.name);
}

/** Serialised HTML with what the enclosing element needs to know of it, read without flattening the string. */
interface Piece {
  html: string;
  /** Its first character ('' when empty). */
  first: string;
  /** Only HTML white space. */
  blank: boolean;
}

interface Frame extends Piece {
  node: SNode;
  next: number;
  raw: boolean;
}

function append(frame: Frame, piece: Piece): void {
  if (piece.html === '') return;
  if (frame.html === '') frame.first = piece.first;
  frame.html += piece.html;
  frame.blank &&= piece.blank;
}

function textPiece(html: string): Piece {
  return { html, first: html.charAt(0), blank: isBlank(html) };
}

function newFrame(node: SNode): Frame {
  return { node, next: 0, raw: isRawText(node), html: '', first: '', blank: true };
}

/**
 * The serialised children of a node. Iterative, with an explicit stack: tidy's input can nest
 * tens of thousands of elements deep (unclosed tags), far past the call stack; and an element
 * never reads its serialised contents back (that would flatten them, quadratic in the depth).
 */
export function serializeChildren(root: SNode): string {
  const stack: Frame[] = [newFrame(root)];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top.next < top.node.children.length) {
      const child = top.node.children[top.next++];
      if (child.kind === 'text') append(top, textPiece(top.raw ? child.value : armorFrenchSpaces(escapeText(child.value))));
      else if (child.kind === 'comment') append(top, textPiece(`<!--${child.value}-->`));
      else stack.push(newFrame(child));
      continue;
    }
    stack.pop();
    if (stack.length === 0) return top.html;
    append(stack[stack.length - 1], wrapElement(top.node, top));
  }
}

/** An element's tags around its serialised contents. */
function wrapElement(node: SNode, contents: Piece): Piece {
  if (node.data.isPWrapper) return node.data.nonblankNodeCount > 0 ? { html: `<p>${contents.html}</p>`, first: '<', blank: false } : contents;
  const name = node.name;
  if (markedEmptyElements.has(name) && node.attrs.length === 0 && contents.blank) {
    return { html: `<${name} class="mw-empty-elt">${contents.html}</${name}>`, first: '<', blank: false };
  }
  let s = `<${name}`;
  for (const attr of node.attrs) {
    const attrName = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    s += ` ${attrName}="${escapeAttribute(attr.value)}"`;
  }
  const html = node.namespace === HTML_NS;
  if (html && voidElements.has(name)) return { html: s + ' />', first: '<', blank: false };
  s += '>';
  if (html && contents.first === '\n' && prefixLfElements.has(name)) s += '\n';
  return { html: `${s}${contents.html}</${name}>`, first: '<', blank: false };
}
