import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phpRtrim, phpTrim } from './php-trim.ts';

test('phpTrim strips PHP whitespace from both ends only', () => {
  assert.equal(phpTrim(' \t\n\r\0\x0Bab c \n'), 'ab c');
  assert.equal(phpTrim('\u00A0a\u00A0'), '\u00A0a\u00A0');
  assert.equal(phpTrim('  \n '), '');
  assert.equal(phpTrim(''), '');
  assert.equal(phpTrim('x'), 'x');
  assert.equal(phpTrim('a  \u3000'), 'a  \u3000');
});

test('phpRtrim strips the end only', () => {
  assert.equal(phpRtrim(' a \n\t'), ' a');
  assert.equal(phpRtrim('\n\n'), '');
  assert.equal(phpRtrim('a\u2003'), 'a\u2003');
});
