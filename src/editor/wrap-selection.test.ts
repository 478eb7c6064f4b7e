import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertText, setHeading, wrapSelection, type TextEdit } from './wrap-selection.ts';

function apply(doc: string, e: TextEdit): [string, string] {
  const out = doc.slice(0, e.from) + e.insert + doc.slice(e.to);
  return [out, out.slice(Math.min(e.anchor, e.head), Math.max(e.anchor, e.head))];
}

test('wrapping a selection in bold, and unwrapping it again', () => {
  const [text, selected] = apply('a word here', wrapSelection('a word here', 2, 6, "'''", "'''", 'Bold text'));
  assert.deepEqual([text, selected], ["a '''word''' here", 'word']);
  assert.deepEqual(apply(text, wrapSelection(text, 5, 9, "'''", "'''", 'Bold text')), ['a word here', 'word']);
  assert.deepEqual(apply(text, wrapSelection(text, 2, 12, "'''", "'''", 'Bold text')), ['a word here', 'word']);
});

test('an empty selection inserts the placeholder, selected', () => {
  assert.deepEqual(apply('ab', wrapSelection('ab', 1, 1, '[[', ']]', 'Link title')), ['a[[Link title]]b', 'Link title']);
  assert.deepEqual(apply('', wrapSelection('', 0, 0, '<ref>', '</ref>', 'Reference')), ['<ref>Reference</ref>', 'Reference']);
});

test('headings: set, change level, remove', () => {
  assert.deepEqual(apply('x\nTitle\ny', setHeading('x\nTitle\ny', 3, 3, 2)), ['x\n== Title ==\ny', '== Title ==']);
  assert.deepEqual(apply('== Title ==', setHeading('== Title ==', 0, 0, 3))[0], '=== Title ===');
  assert.deepEqual(apply('=== Title ===\n', setHeading('=== Title ===\n', 4, 4, 0))[0], 'Title\n');
  assert.deepEqual(apply('a\n\nb', setHeading('a\n\nb', 0, 4, 4))[0], '==== a ====\n\n==== b ====');
});

test('inserting a signature replaces the selection', () => {
  assert.deepEqual(apply('hi there', insertText(3, 8, '~~~~')), ['hi ~~~~', '']);
});
