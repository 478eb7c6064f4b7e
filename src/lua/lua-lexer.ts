/**
 * A Lua 5.1/5.4 tokenizer for source rewriting: names, keywords, numbers, strings (short
 * and long), operators, with their offsets; comments and white space are skipped.
 */
export type TokenType = 'name' | 'keyword' | 'number' | 'string' | 'op' | 'eof';

export interface Token {
  type: TokenType;
  value: string;
  start: number;
  end: number;
}

const keywords = new Set(['and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in', 'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while']);
const ops3 = ['...'];
const ops2 = ['..', '==', '~=', '<=', '>=', '<<', '>>', '//', '::'];

export class LuaSyntaxError extends Error {}

/** The level of a long bracket opening at `i` ([[ → 0, [==[ → 2), or -1. */
function longBracketLevel(src: string, i: number): number {
  if (src[i] !== '[') return -1;
  let j = i + 1;
  while (src[j] === '=') j++;
  return src[j] === '[' ? j - i - 1 : -1;
}

function skipLongBracket(src: string, i: number, level: number): number {
  const close = `]${'='.repeat(level)}]`;
  const end = src.indexOf(close, i + level + 2);
  if (end < 0) throw new LuaSyntaxError('unfinished long string');
  return end + close.length;
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  if (src.startsWith('#')) {
    const nl = src.indexOf('\n');
    i = nl < 0 ? n : nl;
  }
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    if (c === '-' && src[i + 1] === '-') {
      const level = longBracketLevel(src, i + 2);
      if (level >= 0) i = skipLongBracket(src, i + 2, level);
      else {
        const nl = src.indexOf('\n', i);
        i = nl < 0 ? n : nl;
      }
      continue;
    }
    const start = i;
    if (/[A-Za-z_]/.test(c)) {
      while (i < n && /[A-Za-z0-9_]/.test(src[i])) i++;
      const word = src.slice(start, i);
      tokens.push({ type: keywords.has(word) ? 'keyword' : 'name', value: word, start, end: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const hex = c === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X');
      i += hex ? 2 : 0;
      const exp = hex ? /[pP]/ : /[eE]/;
      while (i < n) {
        if (exp.test(src[i]) && (src[i + 1] === '+' || src[i + 1] === '-')) i += 2;
        else if (/[0-9A-Za-z_.]/.test(src[i])) i++;
        else break;
      }
      tokens.push({ type: 'number', value: src.slice(start, i), start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c) {
        if (src[i] === '\\') i++;
        else if (src[i] === '\n') throw new LuaSyntaxError('unfinished string');
        i++;
      }
      if (i >= n) throw new LuaSyntaxError('unfinished string');
      i++;
      tokens.push({ type: 'string', value: src.slice(start, i), start, end: i });
      continue;
    }
    const level = longBracketLevel(src, i);
    if (level >= 0) {
      i = skipLongBracket(src, i, level);
      tokens.push({ type: 'string', value: src.slice(start, i), start, end: i });
      continue;
    }
    const three = src.slice(i, i + 3);
    const two = src.slice(i, i + 2);
    const op = ops3.includes(three) ? three : ops2.includes(two) ? two : c;
    i += op.length;
    tokens.push({ type: 'op', value: op, start, end: i });
  }
  tokens.push({ type: 'eof', value: '<eof>', start: n, end: n });
  return tokens;
}
