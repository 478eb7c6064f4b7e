/**
 * Words as the index sees them, the same way on every backend: runs of letters, digits and
 * private-use characters (SQLite's unicode61 token characters), folded to lower case, with
 * diacritics removed from Latin letters ("remove_diacritics 2"). The PostgreSQL index is
 * fed these words, so matching never depends on the database's locale; snippets highlight
 * with them.
 */

const wordPattern = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const latinWithMarks = /(\p{Script=Latin})(\p{M}+)/gu;

/** Lower case, Latin diacritics removed (é → e, ß stays, й stays). */
export function foldWord(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(latinWithMarks, '$1').normalize('NFC').toLowerCase();
}

/** How many words a text has (without folding them). */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(wordPattern)) if (!/^\p{M}+$/u.test(m[0])) n++;
  return n;
}

export interface WordMatch {
  /** The folded word. */
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets. */
export function* words(text: string): Generator<WordMatch> {
  for (const m of text.matchAll(wordPattern)) {
    // A run that starts with combining marks belongs to nothing: skip the marks.
    let start = m.index;
    let raw = m[0];
    const lead = /^\p{M}+/u.exec(raw);
    if (lead) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
      if (raw === '') continue;
    }
    yield { word: foldWord(raw), start, end: start + raw.length };
  }
}

/** The folded words of a text, in order. */
export function wordList(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) out.push(w.word);
  return out;
}
