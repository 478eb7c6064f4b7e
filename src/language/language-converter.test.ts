import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageConverter } from './converter-factory.ts';

function convert(code: string, variant: string, text: string): string {
  return createLanguageConverter(code, variant)!.convert(text);
}

test('languages without variants have no converter', () => {
  assert.equal(createLanguageConverter('en', 'en'), null);
});

test('two-way rules show the text of the variant or its fallback', () => {
  assert.equal(convert('zh', 'zh-tw', '-{zh:China;zh-tw:Taiwan}-'), 'Taiwan');
  assert.equal(convert('zh', 'zh-hk', '-{zh-hans:A;zh-hant:B}-'), 'B');
  assert.equal(convert('zh', 'zh-tw', '-{zh:China;zh-Hant-TW:Taiwan}-'), 'Taiwan');
});

test('A, H and - rules change the tables for the rest of the page only', () => {
  assert.equal(convert('zh', 'zh-tw', 'China -{H|zh:China;zh-tw:Taiwan}-China'), 'China Taiwan');
  assert.equal(
    convert('zh', 'zh-tw', '-{A|zh:China;zh-tw:Taiwan}- China -{-|zh:China;zh-tw:Taiwan}-China'),
    'Taiwan Taiwan China',
  );
});

test('R, N and D flags', () => {
  assert.equal(convert('zh', 'zh-tw', '-{R|zh:China}-'), 'zh:China');
  assert.equal(convert('zh', 'zh-cn', '-{N|zh-tw}-'), '臺灣');
  assert.equal(convert('zh', 'zh-tw', '-{D|zh-cn:XA; zh-tw:YA}-'), '大陆：XA；臺灣：YA；');
});

test('a rule naming no variant is shown raw; a malformed one is an error', () => {
  assert.equal(convert('zh', 'zh-tw', '-{foo:bar}-'), 'foo:bar');
  assert.match(convert('zh', 'zh-tw', '-{zh-cn:X}-'), /X|error/);
});

test('tags are kept, title attributes converted, unclosed rules kept', () => {
  assert.equal(convert('sr', 'sr-ec', '<span class="a">ski</span>'), '<span class="a">ски</span>');
  assert.equal(convert('sr', 'sr-ec', '<span title="Latin">ski</span>'), '<span title="Латин">ски</span>');
  assert.equal(convert('sr', 'sr-ec', 'a -{b'), 'а -{б');
});

test('Serbian keeps roman numerals and text already in the target script', () => {
  assert.equal(convert('sr', 'sr-ec', 'Luj XIV'), 'Луј XIV');
  assert.equal(convert('sr', 'sr-ec', 'Njegoš'), 'Његош');
  assert.equal(convert('sr', 'sr-el', 'Његош'), 'Njegoš');
});

test('the T flag sets the title and shows nothing', () => {
  const c = createLanguageConverter('zh', 'zh-tw')!;
  assert.equal(c.convert('x-{T|zh:China;zh-tw:Taiwan}-y'), 'xy');
  assert.equal(c.convRuleTitle, 'Taiwan');
});

test('English has the Pig Latin variant only where the site turns it on', () => {
  assert.equal(createLanguageConverter('en', 'en-x-piglatin'), null);
  const c = createLanguageConverter('en', 'en-x-piglatin', { usePigLatinVariant: true })!;
  assert.equal(c.convert('test <b title="x">Apple</b> string'), 'esttay <b title="x">Appleway</b> ingstray');
});
