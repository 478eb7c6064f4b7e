/**
 * Section editing (MediaWiki's Parser::getSection / replaceSection): sections are counted by
 * the headings at the top level of the page source — not inside comments, template calls,
 * extension tags such as <nowiki> or <pre>, or <includeonly> — numbered from 1 in order.
 * Section 0 is the text before the first heading; section N runs from its heading to the
 * next heading of the same or a higher level.
 */

export interface SourceHeading {
  /** Section number (1-based). */
  index: number;
  level: number;
  /** Offset of the first '=' of the heading line. */
  offset: number;
}

/** Tags whose content the preprocessor does not scan for headings. */
const opaqueTags = new Set([
  'nowiki', 'pre', 'includeonly', 'ref', 'references', 'gallery', 'math', 'chem', 'syntaxhighlight',
  'source', 'poem', 'score', 'timeline', 'graph', 'templatedata', 'tabber', 'tabview', 'infobox',
  'inputbox', 'categorytree', 'mapframe', 'maplink', 'charinsert', 'hiero', 'indicator', 'html',
]);

/**
 * The headings that number the sections of `text`, in order. For inclusion (section ids
 * "T-n"), the text is read as a transcluded page: <includeonly> content counts and
 * <noinclude> content does not.
 */
export function findSourceHeadings(text: string, forInclusion = false): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const hidden = forInclusion ? 'noinclude' : 'includeonly';
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    const c = text[i];
    if (c === '<') {
      const m = /^<([A-Za-z][\w-]*)(\s[^>]*)?>/.exec(text.slice(i, i + 300));
      const name = m?.[1].toLowerCase();
      if (m && name && (name === hidden || (opaqueTags.has(name) && name !== 'includeonly')) && !m[0].endsWith('/>')) {
        const close = new RegExp(`</${m[1]}\\s*>`, 'i');
        const rest = text.slice(i + m[0].length);
        const found = close.exec(rest);
        // An unclosed tag is plain text, as in the preprocessor.
        if (found) {
          i += m[0].length + found.index + found[0].length;
          continue;
        }
      }
    } else if (c === '{' && text[i + 1] === '{') {
      depth++;
      i += 2;
      continue;
    } else if (c === '}' && text[i + 1] === '}' && depth > 0) {
      depth--;
      i += 2;
      continue;
    } else if (c === '=' && depth === 0 && (i === 0 || text[i - 1] === '\n')) {
      const lineEnd = headingLineEnd(text, i);
      const line = text.slice(i, lineEnd < 0 ? text.length : lineEnd);
      const level = headingLevel(line);
      if (level > 0) headings.push({ index: headings.length + 1, level, offset: i });
      i = lineEnd < 0 ? text.length : lineEnd;
      continue;
    }
    i++;
  }
  return headings;
}

/** Where the line starting at `start` ends (-1: at the end of the text); a comment opened on it runs on across newlines. */
function headingLineEnd(text: string, start: number): number {
  let j = start;
  for (;;) {
    const nl = text.indexOf('\n', j);
    const open = text.slice(j, nl < 0 ? text.length : nl).indexOf('<!--');
    if (open < 0) return nl;
    const close = text.indexOf('-->', j + open + 4);
    if (close < 0) return -1;
    j = close + 3;
  }
}

/** The level of a heading line ("== A ==" → 2), 0 when the line is no heading. */
function headingLevel(line: string): number {
  const body = line.replace(/(?:<!--[\s\S]*?-->|[ \t])*$/, '');
  const open = /^=+/.exec(body)![0].length;
  const close = /=+$/.exec(body)?.[0].length ?? 0;
  // A line of equals signs only: "===" is a level-1 heading of "=", "==" is no heading.
  if (open === body.length) return open < 3 ? 0 : Math.min(Math.floor((open - 1) / 2), 6);
  return Math.min(open, close, 6);
}

function sectionBounds(text: string, section: number, forInclusion = false): { start: number; end: number } | null {
  const headings = findSourceHeadings(text, forInclusion);
  if (section === 0) return { start: 0, end: headings[0]?.offset ?? text.length };
  const h = headings[section - 1];
  if (!h) return null;
  const next = headings.slice(section).find((o) => o.level <= h.level);
  return { start: h.offset, end: next?.offset ?? text.length };
}

/** The source of one section, trailing white space removed; null when there is no such section. */
export function getSection(text: string, section: number, forInclusion = false): string | null {
  const b = sectionBounds(text, section, forInclusion);
  return b ? text.slice(b.start, b.end).trimEnd() : null;
}

/** The page source with one section replaced; null when there is no such section. */
export function replaceSection(text: string, section: number, newText: string, forInclusion = false): string | null {
  const b = sectionBounds(text, section, forInclusion);
  if (!b) return null;
  const before = text.slice(0, b.start);
  const after = text.slice(b.end);
  const body = newText.trimEnd();
  return (before + (after ? `${body}\n\n${after}` : body)).trimEnd();
}
