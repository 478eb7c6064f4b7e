import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareDom } from './dom-compare.ts';

test('white space between block elements and attribute order do not count', () => {
  const a = '<div class="a" id="b">\n<p>x <b>y</b></p>\n</div>\n';
  const b = '<div id="b" class="a"><p>x <b>y</b></p></div>';
  assert.equal(compareDom(a, b).equal, true);
});

test('text, inline white space and attribute values do count', () => {
  assert.equal(compareDom('<p>x <b>y</b></p>', '<p>x<b>y</b></p>').equal, false);
  assert.equal(compareDom('<p class="a">x</p>', '<p class="b">x</p>').equal, false);
  const r = compareDom('<p>one</p>', '<p>two</p>');
  assert.match(r.diff, /- {3}#text "one"/);
  assert.match(r.diff, /\+ {3}#text "two"/);
});
