import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doBlockLevels } from './block-levels.ts';

test('paragraphs and blank-line runs', () => {
  assert.equal(doBlockLevels('a\nb\n\nc'), '<p>a\nb\n</p><p>c\n</p>');
  assert.equal(doBlockLevels('a\n\n\nb'), '<p>a\n</p><p><br />\nb\n</p>');
});

test('nested and mixed lists', () => {
  assert.equal(doBlockLevels('* a\n** b\n# c'), '<ul><li>a\n<ul><li>b</li></ul></li></ul>\n<ol><li>c</li></ol>');
  assert.equal(doBlockLevels('; term : def'), '<dl><dt>term</dt>\n<dd>def</dd></dl>');
  assert.equal(doBlockLevels('; [[a:b]] : c'), '<dl><dt>[[a</dt>\n<dd>b]] : c</dd></dl>');
  assert.equal(doBlockLevels(';<span title="a:b">x</span>:y'), '<dl><dt><span title="a:b">x</span></dt>\n<dd>y</dd></dl>');
});

test('indent-pre and block tags', () => {
  assert.equal(doBlockLevels(' a\n b'), '<pre>a\nb\n</pre>');
  assert.equal(doBlockLevels('<div>\n x\n</div>'), '<div>\n<pre>x\n</pre>\n</div>');
  assert.equal(doBlockLevels('<table><tr><td>\n x\n</td></tr></table>'), '<table><tr><td>\n<pre>x\n</pre>\n</td></tr></table>');
});
