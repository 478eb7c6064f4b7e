import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doQuotes, doAllQuotes } from './quotes.ts';

test('italic, bold, both', () => {
  assert.equal(doQuotes("''i'' '''b''' '''''bi'''''"), '<i>i</i> <b>b</b> <i><b>bi</b></i>');
});

test('unbalanced runs are closed at the end of the line', () => {
  assert.equal(doAllQuotes("'''bold\n''it"), '<b>bold</b>\n<i>it</i>');
});

test('odd bold and italic: a single-letter word gives up an apostrophe', () => {
  assert.equal(doQuotes("l'''amour''"), "l'<i>amour</i>");
  assert.equal(doQuotes("a b'''c'' d"), "a b'<i>c</i> d");
});

test('four and six apostrophes', () => {
  assert.equal(doQuotes("''''x''''"), "'<b>x'</b>");
  assert.equal(doQuotes("''''''x''''''"), "'<i><b>x'</b></i>");
});

test('lines without two apostrophes in a row are kept as they are', () => {
  for (const text of ['', "it's", "a'b'c\n'd'", '\n\n']) assert.equal(doAllQuotes(text), text);
  assert.equal(doAllQuotes("x\n''y''\nz"), 'x\n<i>y</i>\nz');
});
