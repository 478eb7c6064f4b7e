/**
 * The toolbar's text changes, as pure functions of the text and the selection: wrapping the
 * selection in markup (or unwrapping it when it is already wrapped), and making the
 * selection's lines a heading of a given level.
 */

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  /** The selection after the edit. */
  anchor: number;
  head: number;
}

/**
 * `before` + selection + `after`; an empty selection gets `placeholder`, selected so that
 * typing replaces it. A selection already wrapped in exactly this markup is unwrapped.
 */
export function wrapSelection(doc: string, from: number, to: number, before: string, after: string, placeholder: string): TextEdit {
  const selected = doc.slice(from, to);
  if (doc.slice(from - before.length, from) === before && doc.slice(to, to + after.length) === after && selected !== '') {
    return { from: from - before.length, to: to + after.length, insert: selected, anchor: from - before.length, head: to - before.length };
  }
  if (selected.length > before.length + after.length && selected.startsWith(before) && selected.endsWith(after)) {
    const inner = selected.slice(before.length, selected.length - after.length);
    return { from, to, insert: inner, anchor: from, head: from + inner.length };
  }
  const body = selected || placeholder;
  return { from, to, insert: before + body + after, anchor: from + before.length, head: from + before.length + body.length };
}

/** The lines touched by from..to become headings of `level` (0: plain lines again). */
export function setHeading(doc: string, from: number, to: number, level: number): TextEdit {
  const start = doc.lastIndexOf('\n', from - 1) + 1;
  const endAt = doc.indexOf('\n', to);
  const end = endAt < 0 ? doc.length : endAt;
  const marks = '='.repeat(level);
  const lines = doc.slice(start, end).split('\n').map((line) => {
    const bare = line.replace(/^(={1,6})\s*(.*?)\s*\1\s*$/, '$2');
    return level > 0 && bare.trim() !== '' ? `${marks} ${bare} ${marks}` : bare;
  });
  const insert = lines.join('\n');
  return { from: start, to: end, insert, anchor: start, head: start + insert.length };
}

/** Text inserted at the selection (replacing it), the cursor after it. */
export function insertText(from: number, to: number, text: string): TextEdit {
  return { from, to, insert: text, anchor: from + text.length, head: from + text.length };
}
