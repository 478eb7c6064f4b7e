/**
 * DOM equivalence of two HTML fragments, as the golden-file comparisons use it: both are
 * parsed as HTML5, white space between block elements is dropped and attributes are sorted;
 * the canonical serialisations must then be equal.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { diffLines } from 'diff';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'template', 'meta', 'link', 'style',
]);

function isBlock(node: Node | undefined): boolean {
  return !!node && 'tagName' in node && blockElements.has(node.tagName);
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

/** Canonical form: one element or text per line, indented by depth. */
function canonical(nodes: Node[], parent: Node | null, depth: number, out: string[]): void {
  const parentIsBlock = parent === null || isBlock(parent);
  nodes.forEach((node, i) => {
    const pad = '  '.repeat(depth);
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (/^\s*$/.test(text)) {
        const prev = nodes[i - 1];
        const next = nodes[i + 1];
        const atEdge = (prev === undefined || next === undefined) && parentIsBlock;
        if (atEdge || isBlock(prev) || isBlock(next)) return;
      }
      out.push(pad + '#text ' + JSON.stringify(escapeText(text)));
      return;
    }
    if (node.nodeName === '#comment') {
      out.push(pad + '<!--' + (node as DefaultTreeAdapterMap['commentNode']).data + '-->');
      return;
    }
    if (!('tagName' in node)) return;
    const el = node as Element;
    const attrs = [...el.attrs].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ` ${a.name}="${escapeAttr(a.value)}"`);
    out.push(`${pad}<${el.tagName}${attrs.join('')}>`);
    const children = el.tagName === 'template' ? (el as unknown as { content: { childNodes: Node[] } }).content.childNodes : el.childNodes;
    canonical(children, el, depth + 1, out);
  });
}

export function canonicalHtml(html: string): string {
  const fragment = parseFragment(html);
  const out: string[] = [];
  canonical(fragment.childNodes, null, 0, out);
  return out.join('\n');
}

export interface DomComparison {
  equal: boolean;
  /** Unified-style listing of the differing canonical lines (empty when equal). */
  diff: string;
}

export function compareDom(expected: string, actual: string, maxLines = 80): DomComparison {
  const a = canonicalHtml(expected);
  const b = canonicalHtml(actual);
  if (a === b) return { equal: true, diff: '' };
  const lines: string[] = [];
  for (const part of diffLines(a + '\n', b + '\n')) {
    if (!part.added && !part.removed) continue;
    for (const line of part.value.replace(/\n$/, '').split('\n')) {
      if (lines.length < maxLines) lines.push((part.added ? '+ ' : '- ') + line);
    }
  }
  return { equal: false, diff: lines.join('\n') };
}
