/**
 * Lua 5.1 printed every number as a double with "%.14g" (3, not 3.0), and `..` converts
 * numbers with that rule. Lua 5.4 prints integral floats as "3.0", and its `..` cannot be
 * overridden, so module source is rewritten before compiling: each operand of `..` that
 * is not already a string becomes `__concat51(operand)`, which formats numbers as 5.1 did.
 *
 * With `tableShapes`, each table constructor with keyed fields also becomes
 * `__table51({...}, __shapes51[n])`, where shape n is {hash size, positional fields,
 * trailing multi-value field, keys in source order (false for a computed key)}, and each single assignment to a field (`a.b = v`,
 * `a[k] = v`) becomes `__set51(a, 'b', v)`, which notes new keys: what table-order51.lua
 * needs to iterate tables in Lua 5.1's order. Line numbers are kept (nothing is inserted before a newline). Source
 * that does not parse is returned unchanged, so Lua reports the syntax error itself.
 */
import { LuaSyntaxError, tokenize, type Token } from './lua-lexer.ts';

export const CONCAT_FUNCTION = '__concat51';
export const TABLE_FUNCTION = '__table51';
export const SHAPES_LOCAL = '__shapes51';
export const SET_FUNCTION = '__set51';

type Kind = 'string' | 'other';
interface Span {
  start: number;
  end: number;
  kind: Kind;
}

const binaryPriority: Record<string, [number, number]> = {
  or: [1, 1], and: [2, 2],
  '<': [3, 3], '>': [3, 3], '<=': [3, 3], '>=': [3, 3], '~=': [3, 3], '==': [3, 3],
  '|': [4, 4], '~': [5, 5], '&': [6, 6], '<<': [7, 7], '>>': [7, 7],
  '..': [9, 8], '+': [10, 10], '-': [10, 10],
  '*': [11, 11], '/': [11, 11], '//': [11, 11], '%': [11, 11],
  '^': [14, 13],
};
const UNARY_PRIORITY = 12;

/** `.name` or `[key]` at the end of a suffixed expression. */
interface FieldIndex {
  open: Token;
  close: Token;
  name?: Token;
}

/** A text insertion; at one offset, closings come first, then openings outermost first. */
interface Insert {
  at: number;
  /** End of the source text the insert replaces (at when nothing is replaced). */
  to: number;
  text: string;
  open: boolean;
  seq: number;
}

class Rewriter {
  private pos = 0;
  readonly inserts: Insert[] = [];
  /** Lua source of each table shape: `{hashSize, key, ...}`. */
  readonly shapes: string[] = [];
  private seq = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly tableShapes = false,
  ) {}

  /** Whether the latest expression can yield several values (a call or `...`). */
  private multiValue = false;
  /** Whether the latest simple expression ended with a call (`f(x)`, `o:m()`, `f{}`). */
  private endsWithCall = false;
  /** The last suffix of the latest suffixed expression, when it indexes a field. */
  private lastIndex: FieldIndex | null = null;

  private wrapWith(start: number, end: number, open: string, close: string): void {
    this.inserts.push({ at: start, to: start, text: open, open: true, seq: this.seq++ }, { at: end, to: end, text: close, open: false, seq: this.seq++ });
  }

  private replace(token: Token, text: string, end = token.end): void {
    this.inserts.push({ at: token.start, to: end, text, open: false, seq: this.seq++ });
  }

  private get tok(): Token {
    return this.tokens[this.pos];
  }

  private is(value: string): boolean {
    const t = this.tok;
    return (t.type === 'op' || t.type === 'keyword') && t.value === value;
  }

  private next(): Token {
    return this.tokens[this.pos++];
  }

  private expect(value: string): Token {
    if (!this.is(value)) throw new LuaSyntaxError(`'${value}' expected near '${this.tok.value}'`);
    return this.next();
  }

  private name(): Token {
    if (this.tok.type !== 'name') throw new LuaSyntaxError(`name expected near '${this.tok.value}'`);
    return this.next();
  }

  chunk(): void {
    this.block();
    if (this.tok.type !== 'eof') throw new LuaSyntaxError(`'<eof>' expected near '${this.tok.value}'`);
  }

  private blockEnds(): boolean {
    const t = this.tok;
    return t.type === 'eof' || (t.type === 'keyword' && ['end', 'else', 'elseif', 'until'].includes(t.value));
  }

  private block(): void {
    while (!this.blockEnds()) {
      if (this.is('return')) {
        this.next();
        if (!this.blockEnds() && !this.is(';')) this.exprList();
        if (this.is(';')) this.next();
        return;
      }
      this.statement();
    }
  }

  private statement(): void {
    const t = this.tok;
    if (t.type === 'op' && t.value === ';') { this.next(); return; }
    if (t.type === 'op' && t.value === '::') { this.next(); this.name(); this.expect('::'); return; }
    if (t.type === 'keyword') {
      switch (t.value) {
        case 'if':
          this.next(); this.expr(); this.expect('then'); this.block();
          while (this.is('elseif')) { this.next(); this.expr(); this.expect('then'); this.block(); }
          if (this.is('else')) { this.next(); this.block(); }
          this.expect('end');
          return;
        case 'while':
          this.next(); this.expr(); this.expect('do'); this.block(); this.expect('end');
          return;
        case 'do':
          this.next(); this.block(); this.expect('end');
          return;
        case 'for':
          this.next(); this.name();
          if (this.is('=')) {
            this.next(); this.expr(); this.expect(','); this.expr();
            if (this.is(',')) { this.next(); this.expr(); }
          } else {
            while (this.is(',')) { this.next(); this.name(); }
            this.expect('in'); this.exprList();
          }
          this.expect('do'); this.block(); this.expect('end');
          return;
        case 'repeat':
          this.next(); this.block(); this.expect('until'); this.expr();
          return;
        case 'function':
          this.next(); this.name();
          while (this.is('.')) { this.next(); this.name(); }
          if (this.is(':')) { this.next(); this.name(); }
          this.funcBody();
          return;
        case 'local':
          this.next();
          if (this.is('function')) { this.next(); this.name(); this.funcBody(); return; }
          do {
            if (this.is(',')) this.next();
            this.name();
            if (this.is('<')) { this.next(); this.name(); this.expect('>'); }
          } while (this.is(','));
          if (this.is('=')) { this.next(); this.exprList(); }
          return;
        case 'break':
          this.next();
          return;
        case 'goto':
          this.next(); this.name();
          return;
      }
    }
    const target = this.suffixedExpr();
    const index = this.lastIndex;
    if (this.tableShapes && index && this.is('=')) {
      const eq = this.next();
      this.exprList();
      this.wrapWith(target.start, this.tokens[this.pos - 1].end, `${SET_FUNCTION}(`, ')');
      if (index.name) this.replace(index.open, `, '${index.name.value}'`, index.name.end);
      else {
        this.replace(index.open, ', ');
        this.replace(index.close, '');
      }
      this.replace(eq, ',');
      return;
    }
    if (this.is('=') || this.is(',')) {
      while (this.is(',')) { this.next(); this.suffixedExpr(); }
      this.expect('=');
      this.exprList();
    }
  }

  private funcBody(): void {
    this.expect('(');
    while (!this.is(')')) {
      if (this.is('...')) this.next();
      else this.name();
      if (this.is(',')) this.next();
      else break;
    }
    this.expect(')');
    this.block();
    this.expect('end');
  }

  private exprList(): void {
    this.expr();
    while (this.is(',')) { this.next(); this.expr(); }
  }

  private primaryExpr(): Span {
    const t = this.tok;
    if (t.type === 'name') { this.next(); return { start: t.start, end: t.end, kind: 'other' }; }
    if (this.is('(')) {
      this.next();
      const inner = this.expr();
      const close = this.expect(')');
      return { start: t.start, end: close.end, kind: inner.kind };
    }
    throw new LuaSyntaxError(`unexpected symbol near '${t.value}'`);
  }

  private suffixedExpr(): Span {
    const span = this.primaryExpr();
    this.lastIndex = null;
    let call = false;
    for (;;) {
      const t = this.tok;
      let index: FieldIndex | null = null;
      call = false;
      if (this.is('.')) { this.next(); index = { open: t, close: t, name: this.name() }; }
      else if (this.is('[')) { this.next(); this.expr(); index = { open: t, close: this.expect(']') }; }
      else if (this.is(':')) { this.next(); this.name(); this.callArgs(); call = true; }
      else if (this.is('(') || this.is('{') || t.type === 'string') { this.callArgs(); call = true; }
      else {
        this.endsWithCall = call;
        return span;
      }
      this.lastIndex = index;
      span.end = this.tokens[this.pos - 1].end;
      span.kind = 'other';
    }
  }

  private callArgs(): void {
    const t = this.tok;
    if (t.type === 'string') { this.next(); return; }
    if (this.is('{')) { this.tableArgs(); return; }
    this.expect('(');
    if (!this.is(')')) this.exprList();
    this.expect(')');
  }

  private table(): void {
    const open = this.expect('{');
    const keys: string[] = [];
    let positional = 0;
    let lastMulti = false;
    while (!this.is('}')) {
      lastMulti = false;
      if (this.is('[')) {
        this.next();
        const first = this.tok;
        this.expr();
        const simple = this.tokens[this.pos - 1] === first && ((first.type === 'string' && first.value[0] !== '[') || (first.type === 'number' && /^\d+$/.test(first.value)));
        keys.push(simple ? first.value : 'false');
        this.expect(']'); this.expect('='); this.expr();
      } else if (this.tok.type === 'name' && this.tokens[this.pos + 1].value === '=' && this.tokens[this.pos + 1].type === 'op') {
        keys.push(`'${this.tok.value}'`);
        this.next(); this.next(); this.expr();
      } else {
        this.expr();
        positional++;
        lastMulti = this.multiValue;
      }
      if (this.is(',') || this.is(';')) this.next();
      else break;
    }
    const close = this.expect('}');
    if (this.tableShapes && keys.length > 0) {
      // Lua sizes the array part for the positional fields, less a trailing call or `...`.
      const sized = lastMulti ? positional - 1 : positional;
      this.shapes.push(`{${keys.length},${sized},${lastMulti},${keys.join(',')}}`);
      this.wrapWith(open.start, close.end, `${TABLE_FUNCTION}(`, `, ${SHAPES_LOCAL}[${this.shapes.length}])`);
    }
  }

  /** A table constructor given as call arguments (`f{...}`) keeps its parentheses. */
  private tableArgs(): void {
    const open = this.tok;
    const before = this.shapes.length;
    this.table();
    if (this.shapes.length > before) this.wrapWith(open.start, this.tokens[this.pos - 1].end, '(', ')');
  }

  private simpleExpr(): Span {
    const t = this.tok;
    this.endsWithCall = false;
    if (t.type === 'number') { this.next(); return { start: t.start, end: t.end, kind: 'other' }; }
    if (t.type === 'string') { this.next(); return { start: t.start, end: t.end, kind: 'string' }; }
    if (t.type === 'keyword' && ['nil', 'true', 'false'].includes(t.value)) { this.next(); return { start: t.start, end: t.end, kind: 'other' }; }
    if (this.is('...')) { this.next(); return { start: t.start, end: t.end, kind: 'other' }; }
    if (this.is('{')) { this.table(); return { start: t.start, end: this.tokens[this.pos - 1].end, kind: 'other' }; }
    if (this.is('function')) { this.next(); this.funcBody(); return { start: t.start, end: this.tokens[this.pos - 1].end, kind: 'other' }; }
    return this.suffixedExpr();
  }

  expr(limit = 0): Span {
    const t = this.tok;
    let left: Span;
    let multi = false;
    if (this.is('not') || this.is('-') || this.is('#') || this.is('~')) {
      this.next();
      const operand = this.expr(UNARY_PRIORITY);
      left = { start: t.start, end: operand.end, kind: 'other' };
    } else {
      const before = this.pos;
      left = this.simpleExpr();
      const last = this.tokens[this.pos - 1];
      multi = (this.pos === before + 1 && last.value === '...') || this.endsWithCall;
    }
    for (;;) {
      const op = this.tok;
      const prio = (op.type === 'op' || op.type === 'keyword') ? binaryPriority[op.value] : undefined;
      if (!prio || prio[0] <= limit) {
        this.multiValue = multi;
        return left;
      }
      multi = false;
      this.next();
      const right = this.expr(prio[1]);
      if (op.value === '..') {
        this.wrap(left);
        this.wrap(right);
        left = { start: left.start, end: right.end, kind: 'string' };
      } else {
        left = { start: left.start, end: right.end, kind: 'other' };
      }
    }
  }

  private wrap(span: Span): void {
    if (span.kind === 'string') return;
    this.wrapWith(span.start, span.end, `${CONCAT_FUNCTION}(`, ')');
  }
}

export interface RewriteOptions {
  /** Wrap keyed table constructors so they iterate in Lua 5.1's order. */
  tableShapes?: boolean;
}

function byPosition(a: Insert, b: Insert): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.open !== b.open) return a.open ? 1 : -1;
  return a.open ? b.seq - a.seq : a.seq - b.seq;
}

export function rewriteConcatOperands(source: string, tokens?: Token[], options: RewriteOptions = {}): string {
  const tableShapes = options.tableShapes === true && source.includes('=');
  if (!source.includes('..') && !tableShapes) return source;
  let rewriter: Rewriter;
  try {
    rewriter = new Rewriter(tokens ?? tokenize(source), tableShapes);
    rewriter.chunk();
  } catch (err) {
    if (err instanceof LuaSyntaxError) return source;
    throw err;
  }
  if (rewriter.inserts.length === 0) return source;
  const inserts = rewriter.inserts.sort(byPosition);
  let out = `local ${CONCAT_FUNCTION} = ${CONCAT_FUNCTION}; `;
  if (tableShapes) out += `local ${SET_FUNCTION}, ${TABLE_FUNCTION}, ${SHAPES_LOCAL} = ${SET_FUNCTION}, ${TABLE_FUNCTION}, {${rewriter.shapes.join(',')}}; `;
  let last = 0;
  for (const { at, to, text } of inserts) {
    out += source.slice(last, at) + text;
    last = to;
  }
  return out + source.slice(last);
}
