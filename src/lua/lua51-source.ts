/**
 * Module source written for Lua 5.1, made to run the same way in the Lua 5.4 VM: string
 * escapes as 5.1 read them, then `..` operands formatted as 5.1 formatted numbers. Source
 * that does not tokenize is returned unchanged, so Lua reports the syntax error itself.
 * Keyed table constructors are wrapped so pairs() can follow Lua 5.1's order.
 */
import { rewriteConcatOperands } from './concat-rewrite.ts';
import { rewriteStringEscapes } from './escape-rewrite.ts';
import { LuaSyntaxError, tokenize, type Token } from './lua-lexer.ts';

export function rewriteLua51Source(source: string): string {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (err) {
    if (err instanceof LuaSyntaxError) return source;
    throw err;
  }
  const escaped = rewriteStringEscapes(source, tokens);
  return rewriteConcatOperands(escaped, escaped === source ? tokens : undefined, { tableShapes: true });
}
