import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateExpression } from './expr-parser.ts';
import { ExprError } from './expr-error.ts';

/** [expression, 'OK:result' or 'ERR:code|parameter'], as MediaWiki 1.39 on PHP 8.2 answers. */
const cases: [string, string][] = [
  ['1+2', 'OK:3'],
  ['1e20', 'OK:1.0E+20'],
  ['1e14', 'OK:1.0E+14'],
  ['1e13', 'OK:10000000000000'],
  ['(-1)*0', 'OK:-0'],
  ['-0', 'OK:-0'],
  ['2^-1', 'OK:0.5'],
  ['trunc 1e18 * 10', 'OK:1.0E+19'],
  ['trunc 1e18', 'OK:1000000000000000000'],
  ['7 mod -1', 'OK:0'],
  ['-7 mod 3', 'OK:-1'],
  ['7.9 mod 3.9', 'OK:1'],
  ['5 fmod 3', 'OK:2'],
  ['-5.5 fmod 2', 'OK:-1.5'],
  ['1/3', 'OK:0.33333333333333'],
  ['2/3*3', 'OK:2'],
  ['10/4', 'OK:2.5'],
  ['1.955 round 2', 'OK:1.96'],
  ['5.045 round 2', 'OK:5.05'],
  ['1234567.891 round -3', 'OK:1235000'],
  ['-2.5 round 0', 'OK:-3'],
  ['pi', 'OK:3.1415926535898'],
  ['e', 'OK:2.718281828459'],
  ['2 e 3', 'OK:2000'],
  ['e e 2', 'OK:271.8281828459'],
  ['1.2.3', 'OK:1.2'],
  ['.5', 'OK:0.5'],
  ['5.', 'OK:5'],
  ['3 > 2', 'OK:1'],
  ['3 >= 3', 'OK:1'],
  ['3 <> 3', 'OK:0'],
  ['3 != 4', 'OK:1'],
  ['2 = 2.0', 'OK:1'],
  ['not 0', 'OK:1'],
  ['not 5', 'OK:0'],
  ['1 and 0', 'OK:0'],
  ['0 or 3', 'OK:1'],
  ['-2^2', 'OK:4'],
  ['2^3^2', 'OK:64'],
  ['2 - -2', 'OK:4'],
  ['+-+1', 'OK:-1'],
  ['floor -1.5', 'OK:-2'],
  ['ceil -1.5', 'OK:-1'],
  ['abs -3', 'OK:3'],
  ['trunc -3.7', 'OK:-3'],
  ['sqrt 16', 'OK:4'],
  ['ln e', 'OK:1'],
  ['exp 0', 'OK:1'],
  ['sin 0', 'OK:0'],
  ['1 + 2 * 3 - 4 / 2', 'OK:5'],
  ['(1 + 2) * 3', 'OK:9'],
  ['3 * (4', 'ERR:unclosed_bracket|'],
  ['1 )', 'ERR:unexpected_closing_bracket|'],
  ['()', 'OK:'],
  ['', 'OK:'],
  ['1/0', 'ERR:division_by_zero|/'],
  ['1 mod 0', 'ERR:division_by_zero|mod'],
  ['0.5 mod 1', 'OK:0'],
  ['2^1024', 'OK:INF'],
  ['-2^1025', 'OK:-INF'],
  ['1e308*10', 'OK:INF'],
  ['ln 0', 'ERR:invalid_argument_ln|ln'],
  ['sqrt -1', 'ERR:not_a_number|sqrt'],
  ['asin 2', 'ERR:invalid_argument|asin'],
  ['1 2', 'ERR:unexpected_number|'],
  ['1 pi', 'ERR:unexpected_number|'],
  ['pi pi', 'ERR:unexpected_number|'],
  ['1 (', 'ERR:unexpected_operator|('],
  ['1 not 2', 'ERR:unexpected_operator|not'],
  ['* 2', 'ERR:unexpected_operator|*'],
  ['1 +', 'ERR:missing_operand|+'],
  ['- ', 'ERR:missing_operand|-'],
  ['x', 'ERR:unrecognised_word|x'],
  ['1 + y', 'ERR:unrecognised_word|y'],
  ['abc', 'ERR:unrecognised_word|abc'],
  ['&lt; 3', 'ERR:unexpected_operator|<'],
  ['2 &lt; 3', 'OK:1'],
  ['2 &gt; 3', 'OK:0'],
  ['5 &minus; 2', 'OK:3'],
  ['5 − 2', 'OK:3'],
  ['3 ! 2', 'ERR:unrecognised_punctuation|!'],
  ['1 % 2', 'ERR:unrecognised_punctuation|%'],
  ['1 é 2', 'ERR:unrecognised_punctuation|é'],
  ['123456789012345678', 'OK:1.2345678901235E+17'],
  ['0.1+0.2', 'OK:0.3'],
  ['100000000000000000000 mod 7', 'OK:6'],
  ['1 round 1e10', 'OK:1'],
  ['1 = 1 = 1', 'OK:1'],
  ['2 mod 3 ^ 2', 'OK:2'],
  ['trunc 2 ^ trunc 62', 'OK:4611686018427387904'],
  ['trunc 2 ^ trunc 64', 'OK:1.844674407371E+19'],
  ['trunc 3 / trunc 2', 'OK:1.5'],
  ['trunc 6 / trunc 2', 'OK:3'],
];

function run(expr: string): string {
  try {
    return `OK:${evaluateExpression(expr)}`;
  } catch (e) {
    if (e instanceof ExprError) return `ERR:${e.code}|${e.parameter}`;
    throw e;
  }
}

test('expressions evaluate as MediaWiki does', () => {
  for (const [expr, expected] of cases) assert.equal(run(expr), expected, expr);
});

test('error messages carry their parameter', () => {
  assert.throws(() => evaluateExpression('1 + x'), { message: 'Expression error: Unrecognized word "x".' });
  assert.throws(() => evaluateExpression('1/0'), { message: 'Division by zero.' });
  assert.throws(() => evaluateExpression('1 +'), { message: 'Expression error: Missing operand for +.' });
});

test('deep nesting exhausts the stack', () => {
  assert.equal(run('('.repeat(101) + '1' + ')'.repeat(101)), 'ERR:stack_exhausted|');
  assert.equal(run('('.repeat(100) + '1' + ')'.repeat(100)), 'OK:1');
});
