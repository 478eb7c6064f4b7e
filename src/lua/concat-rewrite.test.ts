import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteConcatOperands } from './concat-rewrite.ts';

const prefix = 'local __concat51 = __concat51; ';

test('operands of .. are wrapped unless they are strings; lines are kept', () => {
  assert.equal(rewriteConcatOperands(`return a .. 'x' .. (b + 1)`), `${prefix}return __concat51(a) .. 'x' .. __concat51((b + 1))`);
  assert.equal(rewriteConcatOperands(`x = f(a)\n.. n / 2 == y`), `${prefix}x = __concat51(f(a))\n.. __concat51(n / 2) == y`);
  assert.equal(rewriteConcatOperands(`return ('a' .. 'b') .. c`), `${prefix}return ('a' .. 'b') .. __concat51(c)`);
});

test('source without .. or that does not parse is left alone', () => {
  assert.equal(rewriteConcatOperands('return 1 + 1'), 'return 1 + 1');
  assert.equal(rewriteConcatOperands('return a .. ('), 'return a .. (');
  assert.equal(rewriteConcatOperands(`-- a .. b\nreturn "..", [[..]]`), `-- a .. b\nreturn "..", [[..]]`);
});
