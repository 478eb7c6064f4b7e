/**
 * Paragraphs, lists, definition lists and indent-pre, line by line (doBlockLevels).
 * Works on the half-parsed HTML: block tags found on a line decide whether the line is
 * wrapped in <p>, and leading ' ' starts a <pre> outside block elements.
 */
import type { Pass } from '../pipeline.ts';
import { findColonNoLinks } from './definition-colon.ts';
import { closeList, ListState, nextItem, openList } from './list-items.ts';
import { phpTrim } from './php-trim.ts';

// P-wrapping and indent-pre are suppressed inside these, not outside.
const blockElems = 'table|h1|h2|h3|h4|h5|h6|pre|p|ul|ol|dl';
// ... and outside these, not inside.
const antiBlockElems = 'td|th';
const openMatchRe = new RegExp(`<((${blockElems})|\\/(${antiBlockElems})|\\/?(tr|caption|dt|dd|li))\\b`, 'i');
const closeMatchRe = new RegExp(
  `<(\\/(${blockElems})|(${antiBlockElems})|\\/?(center|blockquote|div|hr|mw:|aside|figure))\\b`,
  'i',
);
const blockquoteRe = /<(\/?)blockquote[\s>]/gi;
const styleOrLinkOnly = /^(?:<style\b[^>]*>[\s\S]*?<\/style>\s*|<link\b[^>]*>\s*)+$/i;

function prefixLengthOf(line: string): number {
  let n = 0;
  while (n < line.length && '*#:;'.includes(line[n])) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

export function doBlockLevels(text: string, lineStart = true): string {
  const st = new ListState();
  const lines = text.split('\n');
  let out = '';
  let lastPrefix = '';
  let prefix2 = '';
  let prefixLength = 0;
  let inBlockElem = false;
  let inBlockquote = false;
  let pendingPTag: string | false = false;

  for (let li = 0; li < lines.length; li++) {
    const inputLine = lines[li];
    const notLastLine = li + 1 < lines.length;
    if (!lineStart) {
      out += inputLine;
      lineStart = true;
      continue;
    }
    let lastPrefixLength = lastPrefix.length;
    const preCloseMatch = /<\/pre/i.test(inputLine);
    const preOpenMatch = /<pre/i.test(inputLine);
    let prefix: string;
    let t: string;
    if (!st.inPre) {
      prefixLength = prefixLengthOf(inputLine);
      prefix = inputLine.slice(0, prefixLength);
      prefix2 = prefix.replace(/;/g, ':');
      t = inputLine.slice(prefixLength);
      st.inPre = preOpenMatch;
    } else {
      prefixLength = 0;
      prefix = prefix2 = '';
      t = inputLine;
    }

    if (prefixLength && lastPrefix === prefix2) {
      // Same list level as the previous line: just the next item.
      const last = prefix[prefix.length - 1];
      out += nextItem(st, last);
      pendingPTag = false;
      if (last === ';') {
        const colon = findColonNoLinks(t);
        if (colon) {
          t = colon.after;
          out += phpTrim(colon.before) + nextItem(st, ':');
        }
      }
    } else if (prefixLength || lastPrefixLength) {
      let common = commonPrefixLength(prefix, lastPrefix);
      pendingPTag = false;
      while (common < lastPrefixLength) {
        out += closeList(st, lastPrefix[lastPrefixLength - 1]);
        lastPrefixLength--;
      }
      if (prefixLength <= common && common > 0) out += nextItem(st, prefix[common - 1]);
      if (st.dtOpen && common > 0 && prefix[common - 1] === ':') out += nextItem(st, ':');
      if (lastPrefix && prefixLength > common) out += '\n';
      while (prefixLength > common) {
        const ch = prefix[common];
        out += openList(st, ch);
        if (ch === ';') {
          const colon = findColonNoLinks(t);
          if (colon) {
            t = colon.after;
            out += phpTrim(colon.before) + nextItem(st, ':');
          }
        }
        common++;
      }
      if (!prefixLength && lastPrefix) out += '\n';
      lastPrefix = prefix2;
    }

    if (prefixLength === 0) {
      const openMatch = openMatchRe.test(t);
      const closeMatch = closeMatchRe.test(t);
      if (openMatch || closeMatch) {
        pendingPTag = false;
        if (!st.inPre || preOpenMatch) out += st.closeParagraph();
        if (preOpenMatch && !preCloseMatch) st.inPre = true;
        blockquoteRe.lastIndex = 0;
        for (let m = blockquoteRe.exec(t); m; m = blockquoteRe.exec(t)) inBlockquote = m[1] === '';
        inBlockElem = !closeMatch;
      } else if (!inBlockElem && !st.inPre) {
        if (t[0] === ' ' && (st.lastParagraph === 'pre' || phpTrim(t) !== '') && !inBlockquote) {
          if (st.lastParagraph !== 'pre') {
            pendingPTag = false;
            out += st.closeParagraph() + '<pre>';
            st.lastParagraph = 'pre';
          }
          t = t.slice(1);
        } else if (styleOrLinkOnly.test(t)) {
          // A <style> or <link> alone on a line neither opens nor closes a paragraph.
          if (pendingPTag) {
            out += st.closeParagraph();
            pendingPTag = false;
          }
        } else if (phpTrim(t) === '') {
          if (pendingPTag) {
            out += pendingPTag + '<br />';
            pendingPTag = false;
            st.lastParagraph = 'p';
          } else if (st.lastParagraph !== 'p') {
            out += st.closeParagraph();
            pendingPTag = '<p>';
          } else {
            pendingPTag = '</p><p>';
          }
        } else if (pendingPTag) {
          out += pendingPTag;
          pendingPTag = false;
          st.lastParagraph = 'p';
        } else if (st.lastParagraph !== 'p') {
          out += st.closeParagraph() + '<p>';
          st.lastParagraph = 'p';
        }
      }
    }
    if (preCloseMatch && st.inPre) st.inPre = false;
    if (pendingPTag === false) {
      if (prefixLength === 0) {
        out += t;
        if (notLastLine || st.lastParagraph !== '') out += '\n';
      } else {
        out += phpTrim(t);
      }
    }
  }
  while (prefixLength) {
    out += closeList(st, prefix2[prefixLength - 1]);
    prefixLength--;
    if (!prefixLength && st.lastParagraph !== '') out += '\n';
  }
  out += st.closeParagraph(true);
  return out;
}

export const blockLevels: Pass = {
  name: 'blockLevels',
  run: (text) => doBlockLevels(text, true),
};
