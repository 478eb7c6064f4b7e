import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorsHtml } from './indicators.ts';

test('indicators are sorted by name, each in a div with its escaped id', () => {
  const out = String(indicatorsHtml(new Map([['b', '<b>B</b>'], ['a x', 'A']])));
  assert.equal(
    out,
    '<div class="mw-indicators">\n<div id="mw-indicator-a_x" class="mw-indicator">A</div>\n<div id="mw-indicator-b" class="mw-indicator"><b>B</b></div>\n</div>\n',
  );
});
