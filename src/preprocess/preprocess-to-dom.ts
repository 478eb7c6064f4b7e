/**
 * Wikitext → PP tree (MediaWiki's Preprocessor_Hash::buildDomTreeArrayFromText): comments and
 * the lines they eat, <includeonly>/<noinclude>/<onlyinclude>, extension tags, headings,
 * {{templates}} and {{{arguments}}} with MediaWiki's brace counting. One left-to-right scan
 * with a stack of open constructs; unclosed constructs fall back to literal text.
 */
import { LimitExceededError } from '../core/limits.ts';
import type { PPChild, PPElement, PPPart, PPRoot } from './pp-node.ts';
import { Piece, PieceStack, addLiteral, type BraceRule } from './pp-stack.ts';

export interface DomOptions {
  /** Parse as a transcluded page (<noinclude> hidden, <includeonly> shown, <onlyinclude> honoured). */
  forInclusion: boolean;
  /** Lower-case names of extension tags (nowiki, pre, ref, ...). */
  tagNames: readonly string[];
  /** Maximum number of elements the tree may have. */
  maxNodes?: number;
}

const rules: Record<string, BraceRule> = {
  '{': { end: '}', names: { 2: 'template', 3: 'tplarg' }, min: 2, max: 3 },
  '[': { end: ']', names: { 2: null }, min: 2, max: 2 },
};

const missingEndTagAllowed = new Set(['includeonly', 'noinclude', 'onlyinclude']);
const searchRegexCache = new Map<string, RegExp>();

function searchRegex(chars: string): RegExp {
  let re = searchRegexCache.get(chars);
  if (!re) {
    re = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
    searchRegexCache.set(chars, re);
  }
  return re;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const elementsRegexCache = new Map<string, RegExp>();

/** The regex for the element names the scan recognises after `<`, made once per tag set (sticky: lastIndex is set before each use). */
function elementsRegexFor(xmlish: string[], ignoredTags: string[]): RegExp {
  const key = `${xmlish.join('|')}#${ignoredTags.join('|')}`;
  let re = elementsRegexCache.get(key);
  if (!re) {
    re = new RegExp(`(?:${[...xmlish, ...ignoredTags].map(escapeRegex).join('|')})(?=\\s|/>|>)|!--`, 'iy');
    if (elementsRegexCache.size > 64) elementsRegexCache.clear();
    elementsRegexCache.set(key, re);
  }
  return re;
}

const closingTagRegexCache = new Map<string, RegExp>();

/** `</name\s*>`, case-insensitive, made once per tag name (global: lastIndex is set before each use). */
function closingTagRegex(name: string): RegExp {
  let re = closingTagRegexCache.get(name);
  if (!re) {
    re = new RegExp(`</${escapeRegex(name)}\\s*>`, 'gi');
    closingTagRegexCache.set(name, re);
  }
  return re;
}

/** Number of characters from `chars` immediately before `pos`. */
function spanBackward(text: string, pos: number, chars: string): number {
  let n = 0;
  while (pos - n - 1 >= 0 && chars.includes(text[pos - n - 1])) n++;
  return n;
}

/** Number of characters from `chars` starting at `pos` (at most `max`). */
function spanForward(text: string, pos: number, chars: string, max = Infinity): number {
  let n = 0;
  while (n < max && pos + n < text.length && chars.includes(text[pos + n])) n++;
  return n;
}

export function preprocessToDom(text: string, options: DomOptions): PPRoot {
  const forInclusion = options.forInclusion;
  const maxNodes = options.maxNodes ?? Infinity;
  let nodeCount = 0;
  const count = (): void => {
    if (++nodeCount > maxNodes) throw new LimitExceededError('maxPPNodeCount', 'Preprocessor node count limit exceeded');
  };

  const ignoredTags = forInclusion ? ['includeonly', '/includeonly'] : ['noinclude', '/noinclude', 'onlyinclude', '/onlyinclude'];
  const ignoredElements = forInclusion ? ['noinclude'] : ['includeonly'];
  const xmlish = [...options.tagNames, forInclusion ? 'noinclude' : 'includeonly'];
  const enableOnlyinclude = forInclusion && text.includes('<onlyinclude>') && text.includes('</onlyinclude>');
  const elementsRegex = elementsRegexFor(xmlish, ignoredTags);

  const stack = new PieceStack();
  let accum = stack.getAccum();
  let findEquals = false;
  let findPipe = false;
  let inHeading = false;
  let headingIndex = 1;
  let noMoreGT = false;
  const noMoreClosingTag = new Set<string>();
  let findOnlyinclude = enableOnlyinclude;
  let fakeLineStart = true;
  const length = text.length;
  let i = 0;

  const refreshFlags = (): void => {
    accum = stack.getAccum();
    ({ findPipe, findEquals, inHeading } = stack.getFlags());
  };
  const push = (el: PPElement): void => {
    count();
    accum.push(el);
  };

  for (;;) {
    if (findOnlyinclude) {
      const start = text.indexOf('<onlyinclude>', i);
      if (start < 0) {
        push({ type: 'ignore', text: text.slice(i) });
        break;
      }
      const tagEnd = start + '<onlyinclude>'.length;
      push({ type: 'ignore', text: text.slice(i, tagEnd) });
      i = tagEnd;
      findOnlyinclude = false;
    }

    let found: string;
    let curChar = '';
    let rule: BraceRule | undefined;
    if (fakeLineStart) {
      found = 'line-start';
    } else {
      const top = stack.top;
      const currentClosing = top ? top.close : '';
      let search = '[{<\n' + currentClosing;
      if (findPipe) search += '|';
      if (findEquals) search += '=';
      const re = searchRegex(search);
      re.lastIndex = i;
      const m = re.exec(text);
      const next = m ? m.index : length;
      if (next > i) {
        addLiteral(accum, text.slice(i, next));
        i = next;
      }
      if (i >= length) {
        if (currentClosing === '\n') found = 'line-end';
        else break;
      } else {
        curChar = text[i];
        if (curChar === '|') found = 'pipe';
        else if (curChar === '=') found = 'equals';
        else if (curChar === '<') found = 'angle';
        else if (curChar === '\n') found = inHeading ? 'line-end' : 'line-start';
        else if (curChar === currentClosing) found = 'close';
        else if (rules[curChar]) {
          found = 'open';
          rule = rules[curChar];
        } else {
          addLiteral(accum, curChar);
          i++;
          continue;
        }
      }
    }

    if (found === 'angle') {
      if (enableOnlyinclude && text.startsWith('</onlyinclude>', i)) {
        findOnlyinclude = true;
        continue;
      }
      elementsRegex.lastIndex = i + 1;
      const em = elementsRegex.exec(text);
      if (!em) {
        addLiteral(accum, '<');
        i++;
        continue;
      }
      const name = em[0];
      if (name === '!--') {
        i = scanComment(text, i, stack, () => accum, push, () => (fakeLineStart = true));
        continue;
      }
      const lowerName = name.toLowerCase();
      const attrStart = i + name.length + 1;
      const tagEnd = noMoreGT ? -1 : text.indexOf('>', attrStart);
      if (tagEnd < 0) {
        noMoreGT = true;
        addLiteral(accum, '<');
        i++;
        continue;
      }
      if (ignoredTags.includes(lowerName)) {
        push({ type: 'ignore', text: text.slice(i, tagEnd + 1) });
        i = tagEnd + 1;
        continue;
      }
      const tagStart = i;
      let attrEnd: number;
      let inner: string | null;
      let close: string | null;
      if (text[tagEnd - 1] === '/') {
        attrEnd = tagEnd - 1;
        inner = null;
        close = null;
        i = tagEnd + 1;
      } else {
        attrEnd = tagEnd;
        const closeRe = closingTagRegex(name);
        closeRe.lastIndex = tagEnd + 1;
        const cm = noMoreClosingTag.has(name) ? null : closeRe.exec(text);
        if (cm) {
          inner = text.slice(tagEnd + 1, cm.index);
          close = cm[0];
          i = cm.index + cm[0].length;
        } else if (missingEndTagAllowed.has(name)) {
          inner = text.slice(tagEnd + 1);
          close = null;
          i = length;
        } else {
          i = tagEnd + 1;
          addLiteral(accum, text.slice(tagStart, tagEnd + 1));
          noMoreClosingTag.add(name);
          continue;
        }
      }
      if (ignoredElements.includes(lowerName)) {
        push({ type: 'ignore', text: text.slice(tagStart, i) });
        continue;
      }
      const attr = attrEnd <= attrStart ? '' : text.slice(attrStart, attrEnd);
      push({ type: 'ext', name, attr, inner, close });
    } else if (found === 'line-start') {
      if (fakeLineStart) fakeLineStart = false;
      else {
        addLiteral(accum, curChar);
        i++;
      }
      const n = spanForward(text, i, '=', 6);
      if (n === 1 && findEquals) {
        // A lone '=' at line start inside a template part is taken as a name/value separator.
      } else if (n > 0) {
        const piece = new Piece('\n', '\n', n, false);
        piece.startPos = i;
        piece.parts[0].out.push('='.repeat(n));
        stack.push(piece);
        refreshFlags();
        i += n;
      }
    } else if (found === 'line-end') {
      const piece = stack.top!;
      const part = piece.current();
      const wsLength = spanBackward(text, i, ' \t');
      let searchStart = i - wsLength;
      if (part.commentEnd !== undefined && searchStart - 1 === part.commentEnd) {
        searchStart = part.visualEnd!;
        searchStart -= spanBackward(text, searchStart, ' \t');
      }
      let level = piece.count;
      const equalsLength = spanBackward(text, searchStart, '=');
      let element: PPChild[];
      if (equalsLength > 0) {
        if (searchStart - equalsLength === piece.startPos) {
          level = equalsLength < 3 ? 0 : Math.min(6, Math.floor((equalsLength - 1) / 2));
        } else {
          level = Math.min(equalsLength, level);
        }
        if (level > 0) {
          count();
          element = [{ type: 'possible-h', level, index: headingIndex++, children: accum }];
        } else element = accum;
      } else element = accum;
      stack.pop();
      refreshFlags();
      for (const el of element) typeof el === 'string' ? addLiteral(accum, el) : accum.push(el);
    } else if (found === 'open') {
      const n = spanForward(text, i, curChar);
      const lineStart = i > 0 && text[i - 1] === '\n';
      if (n >= rule!.min) {
        stack.push(new Piece(curChar, rule!.end, n, lineStart));
        refreshFlags();
      } else {
        addLiteral(accum, curChar.repeat(n));
      }
      i += n;
    } else if (found === 'close') {
      const piece = stack.top!;
      const maxCount = piece.count;
      const n = spanForward(text, i, curChar, maxCount);
      const r = rules[piece.open];
      let matching: number;
      if (n > r.max) matching = r.max;
      else {
        matching = n;
        while (matching > 0 && !(matching in r.names)) matching--;
      }
      if (matching <= 0) {
        addLiteral(accum, text.slice(i, i + n));
        i += n;
        continue;
      }
      const name = r.names[matching];
      let element: PPChild[];
      if (name === null) {
        element = piece.breakSyntax(matching);
        addLiteral(element, text.slice(i, i + matching));
      } else {
        count();
        const parts: PPPart[] = [];
        let argIndex = 1;
        for (const p of piece.parts.slice(1)) {
          count();
          if (p.eqpos !== undefined) {
            parts.push({ type: 'part', name: p.out.slice(0, p.eqpos), index: 0, value: p.out.slice(p.eqpos + 1) });
          } else {
            parts.push({ type: 'part', name: null, index: argIndex++, value: p.out });
          }
        }
        const title = piece.parts[0].out;
        element =
          name === 'template'
            ? [{ type: 'template', title, parts, lineStart: maxCount === matching && piece.lineStart }]
            : [{ type: 'tplarg', title, parts }];
      }
      i += matching;
      stack.pop();
      accum = stack.getAccum();
      if (matching < piece.count) {
        piece.reset(piece.count - matching);
        if (piece.count >= r.min) {
          stack.push(piece);
          accum = stack.getAccum();
        } else {
          addLiteral(accum, piece.open.repeat(piece.count));
        }
      }
      ({ findPipe, findEquals, inHeading } = stack.getFlags());
      for (const el of element) typeof el === 'string' ? addLiteral(accum, el) : accum.push(el);
    } else if (found === 'pipe') {
      findEquals = true;
      stack.addPart();
      accum = stack.getAccum();
      i++;
    } else if (found === 'equals') {
      findEquals = false;
      accum.push({ type: 'equals' });
      stack.top!.current().eqpos = accum.length - 1;
      i++;
    }
  }

  for (const piece of stack.pieces) {
    for (const el of piece.breakSyntax()) typeof el === 'string' ? addLiteral(stack.rootAccum, el) : stack.rootAccum.push(el);
  }
  const children = stack.rootAccum.map((node) =>
    typeof node !== 'string' && node.type === 'possible-h' ? { ...node, type: 'h' as const } : node,
  );
  return { type: 'root', children };
}

/**
 * Scans a comment starting at `i` ('<!--'); when the comment(s) fill a line on their own, the
 * line's leading white space and its newline are eaten. Returns the position after it.
 */
function scanComment(
  text: string,
  i: number,
  stack: PieceStack,
  getAccum: () => PPChild[],
  push: (el: PPElement) => void,
  setFakeLineStart: () => void,
): number {
  const length = text.length;
  let endPos = text.indexOf('-->', i + 4);
  if (endPos < 0) {
    push({ type: 'comment', text: text.slice(i) });
    return length;
  }
  const accum = getAccum();
  const wsStart = i ? i - spanBackward(text, i, ' \t') : 0;
  let wsEnd = endPos + 2 + spanForward(text, endPos + 3, ' \t');
  const comments: Array<[number, number]> = [[wsStart, wsEnd]];
  while (text.startsWith('<!--', wsEnd + 1)) {
    let c = text.indexOf('-->', wsEnd + 4);
    if (c < 0) break;
    c = c + 2 + spanForward(text, c + 3, ' \t');
    comments.push([wsEnd + 1, c]);
    wsEnd = c;
  }
  let startPos: number;
  if (wsStart > 0 && text[wsStart - 1] === '\n' && text[wsEnd + 1] === '\n') {
    const wsLength = i - wsStart;
    const last = accum.length - 1;
    const tail = accum[last];
    if (wsLength > 0 && typeof tail === 'string' && /^[ \t]*$/.test(tail.slice(-wsLength)) && tail.length >= wsLength) {
      accum[last] = tail.slice(0, -wsLength);
    }
    for (let j = 0; j < comments.length - 1; j++) {
      push({ type: 'comment', text: text.slice(comments[j][0], comments[j][1] + 1) });
    }
    startPos = comments[comments.length - 1][0];
    endPos = comments[comments.length - 1][1] + 1;
    setFakeLineStart();
  } else {
    startPos = i;
    endPos += 2;
  }
  const top = stack.top;
  if (top) {
    const part = top.current();
    if (!(part.commentEnd !== undefined && part.commentEnd === wsStart - 1)) part.visualEnd = wsStart;
    part.commentEnd = endPos;
  }
  push({ type: 'comment', text: text.slice(startPos, endPos + 1) });
  return endPos + 1;
}
