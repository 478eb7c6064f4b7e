/**
 * Tidy without a tree, for HTML that is already balanced in the way the parser itself writes
 * it: every tag closed in order, block elements only where HTML5's tree builder would leave
 * them (no block in a paragraph or an inline element, list items in lists, table rows in a
 * table section), no bare inline content where tidy would add a p-wrapper, attributes
 * double-quoted. For such input the HTML5 tree is the nesting as written and tidy changes
 * nothing but the serialisation (text escapes, French spaces, `<br />`, blank li/p/tr marked),
 * so the text is rewritten in one scan. Anything else returns null and goes through parse5.
 */
import { armorFrenchSpaces } from '../sanitize/french-spaces.ts';

type Role = 'root' | 'flow' | 'phrasing' | 'list' | 'dl' | 'table' | 'section' | 'row';

interface Open {
  name: string;
  role: Role;
  /** Index in the output of its start tag (patched for blank li/p/tr). */
  at: number;
  noAttrs: boolean;
  /** Nothing but white space inside so far. */
  blank: boolean;
}

/** Elements that hold only phrasing content (a block inside would be moved by HTML5 or tidy). */
const inline = new Set(
  'a abbr b bdi big cite code del dfn em i ins kbd q s samp small span strike strong sub sup tt u var mark'.split(' '),
);
const voidInline = new Set(['br', 'img', 'wbr']);
/** Block elements whose content is phrasing only. */
const phrasingBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Block elements that may hold blocks and phrasing alike. */
const flowBlocks = new Set(['div', 'aside', 'section']);
/** The role of an element's content, and the container role its parent must have. */
const childOf: Record<string, [Role, Role[]]> = {
  li: ['flow', ['list']],
  dt: ['flow', ['dl']],
  dd: ['flow', ['dl']],
  ul: ['list', ['flow', 'root']],
  ol: ['list', ['flow', 'root']],
  dl: ['dl', ['flow', 'root']],
  table: ['table', ['flow', 'root']],
  caption: ['flow', ['table']],
  thead: ['section', ['table']],
  tbody: ['section', ['table']],
  tfoot: ['section', ['table']],
  tr: ['row', ['section']],
  td: ['flow', ['row']],
  th: ['flow', ['row']],
};
const markedEmpty = new Set(['li', 'p', 'tr']);

const startTag = /<([a-z][a-z0-9]*)((?:[\t\n\f ]+[^\t\n\f />"'=<A-Z]+="[^"]*")*)[\t\n\f ]*(\/?)>/y;
const endTag = /<\/([a-z][a-z0-9]*)>/y;
const attribute = /([^\t\n\f />"'=<]+)="([^"]*)"/g;
const blank = /^[\t\n\f\r ]*$/;

function escapeText(text: string): string {
  return text.replace(/[<>\u00a0]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#160;'));
}

/** The serialised attributes, or null when one is repeated (HTML5 drops the repeat). */
function attributes(source: string): string | null {
  if (source === '') return '';
  let s = '';
  const seen: string[] = [];
  for (const m of source.matchAll(attribute)) {
    if (seen.includes(m[1])) return null;
    seen.push(m[1]);
    s += ` ${m[1]}="${m[2].includes('\u00a0') ? m[2].replaceAll('\u00a0', '&#160;') : m[2]}"`;
  }
  return s;
}

/** Where a new element may go: the role of its content, or null when HTML5 or tidy would restructure. */
function roleUnder(name: string, parent: Open, inA: boolean, pwrap: boolean): Role | null {
  const where = parent.role;
  if (inline.has(name) || voidInline.has(name)) {
    if (name === 'a' && inA) return null;
    if (where === 'phrasing' || where === 'flow' || (where === 'root' && !pwrap)) return 'phrasing';
    return null;
  }
  if (where !== 'flow' && where !== 'root') {
    const rule = childOf[name];
    return rule && rule[1].includes(where) ? rule[0] : null;
  }
  if (phrasingBlocks.has(name)) return 'phrasing';
  if (flowBlocks.has(name)) return 'flow';
  if (name === 'hr') return 'phrasing';
  const rule = childOf[name];
  return rule && rule[1].includes(where) ? rule[0] : null;
}

/** The tidied HTML, or null when the input needs the full HTML5 tree builder. */
export function tidyWellFormed(text: string, pwrap: boolean): string | null {
  if (/[\r\0\uFDD0]/.test(text)) return null;
  // Output pieces; stretches of the input that tidy leaves as they are stay uncopied until a
  // change (or the end) is reached, so most of a page is copied in a few long slices.
  const out: string[] = [];
  let copied = 0;
  const emit = (from: number, html: string): void => {
    if (from > copied) out.push(text.slice(copied, from));
    out.push(html);
  };
  const root: Open = { name: '', role: 'root', at: -1, noAttrs: false, blank: false };
  const stack: Open[] = [root];
  let top = root;
  let anchors = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const run = text.slice(i, end);
      if (!blank.test(run)) {
        const r = top.role;
        if (r !== 'flow' && r !== 'phrasing' && !(r === 'root' && !pwrap)) return null;
        top.blank = false;
      }
      const escaped = armorFrenchSpaces(escapeText(run));
      if (escaped !== run) {
        emit(i, escaped);
        copied = end;
      }
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return null;
      const body = text.slice(i + 4, close);
      if (body.startsWith('>') || body.startsWith('->') || body.endsWith('-') || body.includes('--') || body.includes('<!-')) return null;
      top.blank = false;
      i = close + 3;
      continue;
    }
    if (text.charCodeAt(i + 1) === 0x2f) {
      endTag.lastIndex = i;
      const m = endTag.exec(text);
      if (!m) return null;
      if (m[1] === 'p' && top.name !== 'p' && (top.role === 'flow' || top.role === 'root')) {
        // A stray </p> (its p was closed by a block start tag): HTML5 makes an empty p here.
        emit(i, '<p class="mw-empty-elt"></p>');
        top.blank = false;
        i = copied = endTag.lastIndex;
        continue;
      }
      if (m[1] !== top.name) return null;
      if (top.blank && top.noAttrs && markedEmpty.has(top.name)) out[top.at] = `<${top.name} class="mw-empty-elt">`;
      if (top.name === 'a') anchors--;
      stack.pop();
      top = stack[stack.length - 1];
      i = endTag.lastIndex;
      continue;
    }
    startTag.lastIndex = i;
    const m = startTag.exec(text);
    if (!m) return null;
    const name = m[1];
    const attrs = attributes(m[2]);
    if (attrs === null) return null;
    if (top.name === 'p' && flowBlocks.has(name)) {
      // A block start tag closes the open paragraph (HTML5's "close a p element").
      if (top.blank && top.noAttrs) out[top.at] = '<p class="mw-empty-elt">';
      emit(i, '</p>');
      copied = i;
      stack.pop();
      top = stack[stack.length - 1];
    }
    const role = roleUnder(name, top, anchors > 0, pwrap);
    if (role === null) return null;
    top.blank = false;
    const tagStart = i;
    i = startTag.lastIndex;
    if (voidInline.has(name) || name === 'hr') {
      emit(tagStart, `<${name}${attrs} />`);
      copied = i;
      continue;
    }
    if (m[3] !== '') return null;
    const tag = `<${name}${attrs}>`;
    let at = -1;
    // A start tag that may be marked empty later is its own piece, so it can be patched.
    if (tag !== m[0] || (attrs === '' && markedEmpty.has(name))) {
      emit(tagStart, tag);
      at = out.length - 1;
      copied = i;
    }
    if (name === 'a') anchors++;
    top = { name, role, at, noAttrs: attrs === '', blank: true };
    stack.push(top);
  }
  if (stack.length !== 1) return null;
  if (copied < n) out.push(text.slice(copied));
  return out.join('');
}
