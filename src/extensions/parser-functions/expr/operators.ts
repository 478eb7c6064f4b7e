/**
 * The operators of ParserFunctions' expression language: their names as shown in error
 * messages, their precedence, and what they compute with PHP's number semantics.
 */
import { ExprError } from './expr-error.ts';
import * as php from './php-number.ts';
import { phpRound } from './php-round.ts';
import type { PhpNumber } from './php-number.ts';

export interface Operator {
  /** The name shown in error messages. */
  name: string;
  precedence: number;
  /** 1 for unary (prefix) operators and functions, 2 for binary ones. */
  arity: 1 | 2;
  apply(a: PhpNumber, b: PhpNumber): PhpNumber;
}

const bool = (b: boolean): PhpNumber => (b ? 1n : 0n);

function unary(name: string, precedence: number, f: (a: PhpNumber) => PhpNumber): Operator {
  return { name, precedence, arity: 1, apply: (a) => f(a) };
}

function binary(name: string, precedence: number, f: (a: PhpNumber, b: PhpNumber) => PhpNumber): Operator {
  return { name, precedence, arity: 2, apply: f };
}

const float = (f: (x: number) => number) => (a: PhpNumber) => f(php.toFloat(a));

function trig(name: string, f: (x: number) => number): Operator {
  return unary(name, 9, (a) => {
    const x = php.toFloat(a);
    if (x < -1 || x > 1) throw new ExprError('invalid_argument', name);
    return f(x);
  });
}

export const OPEN: Operator = { name: '(', precedence: -1, arity: 1, apply: (a) => a };

export const NEGATIVE = unary('-', 10, (a) => php.neg(a));
export const POSITIVE = unary('+', 10, (a) => a);
export const NOT = unary('not', 9, (a) => bool(!php.truthy(a)));

/** Unary functions, by their (lower-case) word. */
export const functions: Record<string, Operator> = {
  not: NOT,
  sin: unary('sin', 9, float(Math.sin)),
  cos: unary('cos', 9, float(Math.cos)),
  tan: unary('tan', 9, float(Math.tan)),
  asin: trig('asin', Math.asin),
  acos: trig('acos', Math.acos),
  atan: unary('atan', 9, float(Math.atan)),
  exp: unary('exp', 9, float(Math.exp)),
  ln: unary('ln', 9, (a) => {
    const x = php.toFloat(a);
    if (x <= 0) throw new ExprError('invalid_argument_ln', 'ln');
    return Math.log(x);
  }),
  abs: unary('abs', 9, (a) => php.abs(a)),
  floor: unary('floor', 9, float(Math.floor)),
  trunc: unary('trunc', 9, (a) => php.toInt(a)),
  ceil: unary('ceil', 9, float(Math.ceil)),
  sqrt: unary('sqrt', 9, (a) => {
    const r = Math.sqrt(php.toFloat(a));
    if (Number.isNaN(r)) throw new ExprError('not_a_number', 'sqrt');
    return r;
  }),
};

function checkedDivisor(op: string, right: PhpNumber): void {
  if (!php.truthy(right)) throw new ExprError('division_by_zero', op);
}

const times = binary('*', 7, php.mul);
const divide = binary('/', 7, (a, b) => {
  checkedDivisor('/', b);
  return php.div(a, b);
});

/** Binary operators written as words. */
export const wordOperators: Record<string, Operator> = {
  mod: binary('mod', 7, (a, b) => {
    const right = php.toInt(b);
    const left = php.toInt(a);
    if (right === 0n) throw new ExprError('division_by_zero', 'mod');
    return right === -1n ? 0n : left % right;
  }),
  fmod: binary('fmod', 7, (a, b) => {
    checkedDivisor('fmod', b);
    return php.toFloat(a) % php.toFloat(b);
  }),
  and: binary('and', 3, (a, b) => bool(php.truthy(a) && php.truthy(b))),
  or: binary('or', 2, (a, b) => bool(php.truthy(a) || php.truthy(b))),
  round: binary('round', 5, (a, b) => phpRound(a, php.toInt(b))),
  div: divide,
  e: binary('e', 10, (a, b) => php.mul(a, php.pow(10n, b))),
};

const cmp = (name: string, test: (c: number) => boolean) =>
  binary(name, 4, (a, b) => bool(test(php.compare(a, b))));

/** Binary operators written as symbols. */
export const symbolOperators: Record<string, Operator> = {
  '+': binary('+', 6, php.add),
  '-': binary('-', 6, php.sub),
  '*': times,
  '/': divide,
  '^': binary('^', 8, php.pow),
  '=': cmp('=', (c) => c === 0),
  '<': cmp('<', (c) => c < 0),
  '>': cmp('>', (c) => c > 0),
  '<=': cmp('<=', (c) => c <= 0),
  '>=': cmp('>=', (c) => c >= 0),
  '<>': cmp('<>', (c) => c !== 0),
  '!=': cmp('<>', (c) => c !== 0),
};
