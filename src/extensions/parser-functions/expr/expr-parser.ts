/**
 * ParserFunctions' expression evaluator ({{#expr:}}, {{#ifexpr:}}): an infix-to-RPN
 * (shunting-yard) evaluator that computes as it reads, so its errors come in the same order
 * as MediaWiki's. Numbers are PHP numbers; the result is printed as PHP prints them.
 */
import { ExprError } from './expr-error.ts';
import { functions, NEGATIVE, OPEN, POSITIVE, symbolOperators, wordOperators, type Operator } from './operators.ts';
import { phpNumberToString, type PhpNumber } from './php-number.ts';

const MAX_STACK_SIZE = 100;
const WHITE = ' \t\r\n';
const NUMBER_CHARS = '0123456789.';

/** PHP's `(float)` of a run of digits and dots: the longest numeric prefix ("1.2.3" is 1.2). */
function parseNumber(text: string): number {
  const m = /^\d*(?:\.\d*)?/.exec(text)![0];
  return m === '' || m === '.' ? 0 : Number(m.startsWith('.') ? `0${m}` : m);
}

function apply(op: Operator, operands: PhpNumber[]): void {
  if (operands.length < op.arity) throw new ExprError('missing_operand', op.name);
  if (op.arity === 1) {
    operands.push(op.apply(operands.pop()!, 0n));
  } else {
    const right = operands.pop()!;
    const left = operands.pop()!;
    operands.push(op.apply(left, right));
  }
}

/** Evaluates an expression; throws ExprError. An empty expression gives ''. */
export function evaluateExpression(input: string): string {
  const expr = input.replace(/&lt;|&gt;|&minus;|−/g, (m) => (m === '&lt;' ? '<' : m === '&gt;' ? '>' : '-'));
  const operands: PhpNumber[] = [];
  const operators: Operator[] = [];
  let expecting: 'expression' | 'operator' = 'expression';
  let p = 0;

  /** Pushes a binary operator after applying those of higher or equal precedence. */
  const pushBinary = (op: Operator, name: string): void => {
    if (expecting === 'expression') throw new ExprError('unexpected_operator', name);
    while (operators.length > 0 && op.precedence <= operators[operators.length - 1].precedence) {
      apply(operators.pop()!, operands);
    }
    operators.push(op);
    expecting = 'expression';
  };

  while (p < expr.length) {
    if (operands.length > MAX_STACK_SIZE || operators.length > MAX_STACK_SIZE) {
      throw new ExprError('stack_exhausted');
    }
    const ch = expr[p];
    const two = expr.slice(p, p + 2);
    if (WHITE.includes(ch)) {
      p++;
      continue;
    }
    if (NUMBER_CHARS.includes(ch)) {
      if (expecting !== 'expression') throw new ExprError('unexpected_number');
      let end = p;
      while (end < expr.length && NUMBER_CHARS.includes(expr[end])) end++;
      operands.push(parseNumber(expr.slice(p, end)));
      p = end;
      expecting = 'operator';
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      const word = /^[A-Za-z]*/.exec(expr.slice(p))![0].toLowerCase();
      p += word.length;
      if (word === 'e' && expecting === 'expression') {
        operands.push(Math.E);
        expecting = 'operator';
        continue;
      }
      if (word === 'pi') {
        if (expecting !== 'expression') throw new ExprError('unexpected_number');
        operands.push(Math.PI);
        expecting = 'operator';
        continue;
      }
      const fn = functions[word];
      if (fn) {
        if (expecting !== 'expression') throw new ExprError('unexpected_operator', word);
        operators.push(fn);
        continue;
      }
      const op = wordOperators[word];
      if (!op) throw new ExprError('unrecognised_word', word);
      pushBinary(op, word);
      continue;
    }
    if (two === '<=' || two === '>=' || two === '<>' || two === '!=') {
      p += 2;
      pushBinary(symbolOperators[two], two);
      continue;
    }
    if (ch === '+' || ch === '-') {
      p++;
      if (expecting === 'expression') operators.push(ch === '+' ? POSITIVE : NEGATIVE);
      else pushBinary(symbolOperators[ch], ch);
      continue;
    }
    if (ch === '(') {
      if (expecting === 'operator') throw new ExprError('unexpected_operator', '(');
      operators.push(OPEN);
      p++;
      continue;
    }
    if (ch === ')') {
      while (operators.length > 0 && operators[operators.length - 1] !== OPEN) {
        apply(operators.pop()!, operands);
      }
      if (operators.length === 0) throw new ExprError('unexpected_closing_bracket');
      operators.pop();
      expecting = 'operator';
      p++;
      continue;
    }
    const op = symbolOperators[ch];
    if (op && ch !== '!') {
      p++;
      pushBinary(op, ch);
      continue;
    }
    const cp = expr.codePointAt(p)!;
    const char = cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
    throw new ExprError('unrecognised_punctuation', char);
  }

  while (operators.length > 0) {
    const op = operators.pop()!;
    if (op === OPEN) throw new ExprError('unclosed_bracket');
    apply(op, operands);
  }
  return operands.map(phpNumberToString).join('<br />\n');
}
