import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unicodeClassesFile, unicodeClassesLua } from './host/unicode-classes.ts';
import { runLua } from './test-wiki.ts';

test('the generated class table matches the JavaScript engine\'s Unicode data (regenerate with --write)', () => {
  assert.equal(readFileSync(unicodeClassesFile, 'utf8'), unicodeClassesLua());
});

test('mw.ustring pattern classes are Unicode categories, as in Scribunto', () => {
  // Kana and kanji are letters; the middle dot is punctuation; full-width digits are %d.
  assert.equal(runLua(`return (mw.ustring.gsub('あ・漢１a$+', '%a', 'L'))`), 'L・L１L$+');
  assert.equal(runLua(`return (mw.ustring.gsub('あ・漢１a$+_!', '%p', 'P'))`), 'あP漢１a$+PP');
  assert.equal(runLua(`return (mw.ustring.gsub('１2Ａf g', '%x', 'X'))`), 'XXXX g');
  assert.equal(runLua(`return (mw.ustring.gsub('a\u3000b\u00a0c\td', '%s', '_'))`), 'a_b_c_d');
  assert.equal(runLua(`return (mw.ustring.gsub('ÀàΣσ', '%u', 'U')) .. (mw.ustring.gsub('ÀàΣσ', '%l', 'l'))`), 'UàUσÀlΣl');
  assert.equal(runLua(`return (mw.ustring.gsub('a1१_', '%w', 'w')) .. (mw.ustring.gsub('a1१_', '[%W]', 'n'))`), 'www_a1१n');
});
