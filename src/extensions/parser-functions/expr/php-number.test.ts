import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phpFloatToString, toInt, pow, div, cPow } from './php-number.ts';
import { phpRound } from './php-round.ts';

test('floats print as PHP prints them with precision 14', () => {
  const cases: [number, string][] = [
    [1e20, '1.0E+20'],
    [1e14, '1.0E+14'],
    [1e13, '10000000000000'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33333333333333'],
    [-0, '-0'],
    [0.00001, '1.0E-5'],
    [0.0001, '0.0001'],
    [-1.5e-7, '-1.5E-7'],
    [1.5e300, '1.5E+300'],
    [123456789012345, '1.2345678901234E+14'],
    [123456789012355, '1.2345678901236E+14'],
    [820806767242405, '8.2080676724240E+14'],
    [Infinity, 'INF'],
    [-Infinity, '-INF'],
    [NaN, 'NAN'],
    [2.5, '2.5'],
  ];
  for (const [v, s] of cases) assert.equal(phpFloatToString(v), s, String(v));
});

test('(int) truncates and wraps out-of-range floats', () => {
  assert.equal(toInt(-3.7), -3n);
  assert.equal(toInt(NaN), 0n);
  assert.equal(toInt(Infinity), 0n);
  assert.equal(toInt(1e20), 7766279631452241920n);
});

test('int arithmetic stays int until it overflows', () => {
  assert.equal(pow(2n, 62n), 4611686018427387904n);
  assert.equal(pow(2n, 64n), 18446744073709551616);
  assert.equal(div(6n, 2n), 3n);
  assert.equal(div(3n, 2n), 1.5);
  assert.equal(cPow(1, NaN), 1);
});

test('round pre-rounds to 15 significant digits', () => {
  assert.equal(phpRound(1.955, 2n), 1.96);
  assert.equal(phpRound(5.045, 2n), 5.05);
  assert.equal(phpRound(0.285, 2n), 0.29);
  assert.equal(phpRound(-2.5, 0n), -3);
  assert.equal(phpRound(1234567.891, -3n), 1235000);
  assert.equal(phpRound(7n, 2n), 7);
});
