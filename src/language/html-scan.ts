/**
 * Finding HTML the converter must not touch, as MediaWiki's LanguageConverter does with its
 * regular expressions: a whole tag with quoted attribute values, `<code>`, `<pre>` and
 * `<script>` elements with their contents, character references and strip markers.
 */

/**
 * End of the tag starting at `pos` (a `<`): past its `>`, where attribute values are read
 * whole; -1 where the tag does not close.
 */
export function htmlTagEnd(text: string, pos: number): number {
  let i = pos + 1;
  const n = text.length;
  for (;;) {
    while (i < n && text[i] !== '>' && text[i] !== '=') i++;
    if (i >= n) return -1;
    if (text[i] === '>') return i + 1;
    // An attribute value after '='.
    i++;
    while (i < n && /\s/.test(text[i])) i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    while (i < n && !/['">\s]/.test(text[i])) i++;
  }
}

/** End of the element `<name ...>...</name>` at `pos`, or -1 where it does not close. */
function blockEnd(text: string, pos: number, name: string, exactOpen: boolean): number {
  let openEnd: number;
  if (exactOpen) {
    if (!text.startsWith(`<${name}>`, pos)) return -1;
    openEnd = pos + name.length + 2;
  } else {
    if (!text.startsWith(`<${name}`, pos)) return -1;
    openEnd = text.indexOf('>', pos);
    if (openEnd === -1) return -1;
    openEnd++;
  }
  const close = text.indexOf(`</${name}>`, openEnd);
  return close === -1 ? -1 : close + name.length + 3;
}

const markerRegex = /\x7f'"`UNIQ-[^\x7f]+\x7f/y;
const entityRegex = /&[a-zA-Z#][a-z0-9]+;/y;

/**
 * The next piece of markup at or after `from` that autoConvert leaves alone: [start, end),
 * or null when the rest is plain text. A tag that does not close takes the rest of the text.
 */
export function nextMarkup(text: string, from: number): [number, number] | null {
  if (from === 0) {
    const m = /^[^<>&\x7f]*>/.exec(text);
    if (m) return [0, m[0].length];
  }
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const end =
        blockEnd(text, i, 'code', true) !== -1 ? blockEnd(text, i, 'code', true)
        : blockEnd(text, i, 'script', false) !== -1 ? blockEnd(text, i, 'script', false)
        : blockEnd(text, i, 'pre', false) !== -1 ? blockEnd(text, i, 'pre', false)
        : htmlTagEnd(text, i);
      return [i, end === -1 ? text.length : end];
    }
    if (c === '&') {
      entityRegex.lastIndex = i;
      const m = entityRegex.exec(text);
      if (m) return [i, i + m[0].length];
    } else if (c === '\x7f') {
      markerRegex.lastIndex = i;
      const m = markerRegex.exec(text);
      if (m) return [i, i + m[0].length];
    }
  }
  return null;
}

/**
 * The next `-{` outside HTML at or after `from` (for the top-level scan): tags, and `<script>`
 * and `<style>` elements, are skipped; a `<` that starts no tag skips to the end of its line.
 */
export function nextRuleStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '-' && text[i + 1] === '{') return i;
    if (c === '<') {
      const rawEnd = rawElementEnd(text, i);
      if (rawEnd !== -1) {
        i = rawEnd;
        continue;
      }
      const end = htmlTagEnd(text, i);
      if (end !== -1) {
        i = end;
        continue;
      }
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    i++;
  }
  return -1;
}

/** `<script ...>...</script>` or `<style ...>...</style>` on one line, as the pattern's `.` stops at newlines. */
const rawElementRegex = /<(script|style).*?>.*?<\/\1>/y;

function rawElementEnd(text: string, pos: number): number {
  rawElementRegex.lastIndex = pos;
  const m = rawElementRegex.exec(text);
  return m ? pos + m[0].length : -1;
}
