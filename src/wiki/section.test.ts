import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSourceHeadings, getSection, replaceSection } from './section.ts';

const page = 'Intro text.\n== A ==\nA text\n=== A1 ===\nA1 text\n== B ==\nB text\n';

test('sections are numbered by top-level headings', () => {
  assert.deepEqual(findSourceHeadings(page).map((h) => [h.index, h.level]), [[1, 2], [2, 3], [3, 2]]);
});

test('headings in comments, nowiki, pre and template calls do not count', () => {
  const text = '<!--\n== no ==\n-->\n<nowiki>\n== no ==\n</nowiki>\n{{T|\n== no ==\n}}\n<pre>\n== no ==\n</pre>\n== yes ==';
  assert.deepEqual(findSourceHeadings(text).map((h) => h.level), [2]);
});

test('heading levels follow the shorter run of equals signs', () => {
  assert.deepEqual(findSourceHeadings('==A=\n=B==\n====== C ======\n======= D =======\n==\n===\n').map((h) => h.level), [1, 1, 6, 6, 1]);
  assert.deepEqual(findSourceHeadings('== A == <!-- c -->\n== B ==x\n').map((h) => h.level), [2]);
});

test('getSection returns a section with its subsections', () => {
  assert.equal(getSection(page, 0), 'Intro text.');
  assert.equal(getSection(page, 1), '== A ==\nA text\n=== A1 ===\nA1 text');
  assert.equal(getSection(page, 2), '=== A1 ===\nA1 text');
  assert.equal(getSection(page, 3), '== B ==\nB text');
  assert.equal(getSection(page, 4), null);
});

test('replaceSection replaces exactly that section', () => {
  assert.equal(replaceSection(page, 2, '=== A1 ===\nnew'), 'Intro text.\n== A ==\nA text\n=== A1 ===\nnew\n\n== B ==\nB text');
  assert.equal(replaceSection(page, 3, '== B ==\nchanged\n\n'), 'Intro text.\n== A ==\nA text\n=== A1 ===\nA1 text\n== B ==\nchanged');
  assert.equal(replaceSection(page, 0, 'New intro'), 'New intro\n\n== A ==\nA text\n=== A1 ===\nA1 text\n== B ==\nB text');
  assert.equal(replaceSection(page, 9, 'x'), null);
});

test('a comment opened on a heading line belongs to that heading', () => {
  const text = '=== \nThe line above\n=== <!--\n--> <!-- -->\nBut\n';
  assert.equal(getSection(text, 2), '=== <!--\n--> <!-- -->\nBut');
});

test('sections for inclusion count <includeonly> headings and skip <noinclude> ones', () => {
  const text = '<includeonly>\n==I==\n</includeonly>\n<noinclude>\n==N==\n</noinclude>\n==S==\n';
  assert.deepEqual(findSourceHeadings(text).map((h) => h.offset), [47, 66]);
  assert.equal(getSection(text, 1), '==N==\n</noinclude>');
  assert.equal(getSection(text, 2, true), '==S==');
});
