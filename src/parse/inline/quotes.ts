/**
 * '' and ''' to <i> and <b> by MediaWiki's apostrophe algorithm (handleAllQuotes / doQuotes),
 * one line at a time.
 */
import type { Pass } from '../pipeline.ts';

/** The last character, and whether the one before it is a space, as PHP sees the bytes. */
function tail(text: string): { last: string; spaceBeforeLast: boolean } {
  const chars = [...text];
  const last = chars.at(-1) ?? '';
  // PHP compares single bytes: the byte before the last is a space only when the last
  // character is one byte long.
  const spaceBeforeLast = chars.length >= 2 && last.charCodeAt(0) < 0x80 && chars.at(-2) === ' ';
  return { last, spaceBeforeLast };
}

/** Balances one line's apostrophe runs into bold and italic tags. */
export function doQuotes(text: string): string {
  const arr = text.split(/(''+)/);
  if (arr.length === 1) return text;
  let numBold = 0;
  let numItalics = 0;
  for (let i = 1; i < arr.length; i += 2) {
    let len = arr[i].length;
    if (len === 4) {
      arr[i - 1] += "'";
      arr[i] = "'''";
      len = 3;
    } else if (len > 5) {
      arr[i - 1] += "'".repeat(len - 5);
      arr[i] = "'''''";
      len = 5;
    }
    if (len === 2) numItalics++;
    else if (len === 3) numBold++;
    else if (len === 5) {
      numItalics++;
      numBold++;
    }
  }

  // An odd number of both: one bold was probably an apostrophe followed by italics.
  if (numBold % 2 === 1 && numItalics % 2 === 1) {
    let singleLetter = -1;
    let multiLetter = -1;
    let space = -1;
    for (let i = 1; i < arr.length; i += 2) {
      if (arr[i].length !== 3) continue;
      const { last, spaceBeforeLast } = tail(arr[i - 1]);
      if (last === ' ') {
        if (space === -1) space = i;
      } else if (spaceBeforeLast) {
        singleLetter = i;
        break;
      } else if (multiLetter === -1) {
        multiLetter = i;
      }
    }
    const pick = singleLetter > -1 ? singleLetter : multiLetter > -1 ? multiLetter : space;
    if (pick > -1) {
      arr[pick] = "''";
      arr[pick - 1] += "'";
    }
  }

  let output = '';
  let buffer = '';
  let state = '';
  for (let i = 0; i < arr.length; i++) {
    const r = arr[i];
    if (i % 2 === 0) {
      if (state === 'both') buffer += r;
      else output += r;
      continue;
    }
    const len = r.length;
    if (len === 2) {
      if (state === 'i') [output, state] = [output + '</i>', ''];
      else if (state === 'bi') [output, state] = [output + '</i>', 'b'];
      else if (state === 'ib') [output, state] = [output + '</b></i><b>', 'b'];
      else if (state === 'both') [output, state] = [output + `<b><i>${buffer}</i>`, 'b'];
      else [output, state] = [output + '<i>', state + 'i'];
    } else if (len === 3) {
      if (state === 'b') [output, state] = [output + '</b>', ''];
      else if (state === 'bi') [output, state] = [output + '</i></b><i>', 'i'];
      else if (state === 'ib') [output, state] = [output + '</b>', 'i'];
      else if (state === 'both') [output, state] = [output + `<i><b>${buffer}</b>`, 'i'];
      else [output, state] = [output + '<b>', state + 'b'];
    } else if (len === 5) {
      if (state === 'b') [output, state] = [output + '</b><i>', 'i'];
      else if (state === 'i') [output, state] = [output + '</i><b>', 'b'];
      else if (state === 'bi') [output, state] = [output + '</i></b>', ''];
      else if (state === 'ib') [output, state] = [output + '</b></i>', ''];
      else if (state === 'both') [output, state] = [output + `<i><b>${buffer}</b></i>`, ''];
      else [buffer, state] = ['', 'both'];
    }
  }
  if (state === 'b' || state === 'ib') output += '</b>';
  if (state === 'i' || state === 'bi' || state === 'ib') output += '</i>';
  if (state === 'bi') output += '</b>';
  if (state === 'both' && buffer !== '' && buffer !== '0') output += `<b><i>${buffer}</i></b>`;
  return output;
}

/** doQuotes on every line. */
export function doAllQuotes(text: string): string {
  if (!text.includes("''")) return text; // no line has anything to change
  return text.split('\n').map(doQuotes).join('\n');
}

export const quotes: Pass = {
  name: 'quotes',
  run: (text) => doAllQuotes(text),
};
