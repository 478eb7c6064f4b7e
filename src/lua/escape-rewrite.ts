/**
 * String escapes of Lua 5.1 in a Lua 5.4 VM. Lua 5.1 read a backslash before any other
 * character as that character ("\�" is "�", "\x41" is "x41", "\z" is "z"); Lua 5.4 rejects
 * unknown escapes and gives \x, \z and \u{} new meanings. Short strings whose escapes 5.4
 * would read differently are rewritten with the backslash dropped, as 5.1 read them.
 */
import { tokenize, type Token } from './lua-lexer.ts';

/** Characters after a backslash that both versions read the same way. */
const SHARED_ESCAPE = /[abfnrtv\\"'\n\r0-9]/;

function rewriteString(literal: string): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = literal[i + 1];
    if (next !== undefined && SHARED_ESCAPE.test(next)) out += c + next;
    else out += next ?? '';
    i++;
  }
  return out;
}

function needsRewrite(token: Token): boolean {
  if (token.type !== 'string' || token.value[0] === '[') return false;
  const v = token.value;
  for (let i = v.indexOf('\\'); i >= 0; i = v.indexOf('\\', i + 2)) {
    if (!SHARED_ESCAPE.test(v[i + 1] ?? '')) return true;
  }
  return false;
}

/** The source with Lua 5.1-only escapes rewritten; offsets of lines are kept. */
export function rewriteStringEscapes(source: string, tokens: Token[] = tokenize(source)): string {
  let out = '';
  let last = 0;
  for (const token of tokens) {
    if (!needsRewrite(token)) continue;
    out += source.slice(last, token.start) + rewriteString(token.value);
    last = token.end;
  }
  return last === 0 ? source : out + source.slice(last);
}
