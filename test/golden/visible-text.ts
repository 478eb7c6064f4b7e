/**
 * The text a reader sees in rendered HTML: text nodes in document order, with a space at
 * every block boundary, white space collapsed. Elements can be left out by a predicate
 * (the TOC, the reference list ...).
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

export function attr(el: Element, name: string): string {
  return el.attrs.find((a) => a.name === name)?.value ?? '';
}

export function hasClass(el: Element, cls: string): boolean {
  return attr(el, 'class').split(/\s+/).includes(cls);
}

export function visibleText(html: string, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
      else if ('tagName' in node) {
        const el = node as Element;
        if (el.tagName === 'style' || el.tagName === 'script' || skip(el)) continue;
        const block = !inline.has(el.tagName);
        if (block) parts.push(' ');
        walk(el.childNodes);
        if (block) parts.push(' ');
      }
    }
  };
  walk(parseFragment(html).childNodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** All elements matching a predicate, in document order. */
export function findElements(html: string, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const el = node as Element;
      if (match(el)) out.push(el);
      walk(el.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return out;
}

/** Whether an element has a descendant with the given tag name. */
export function containsTag(el: Element, tag: string): boolean {
  return el.childNodes.some((n) => 'tagName' in n && ((n as Element).tagName === tag || containsTag(n as Element, tag)));
}
