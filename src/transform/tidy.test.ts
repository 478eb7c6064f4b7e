import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyHtml } from './tidy.ts';

test('bare text under the body is p-wrapped, blank text is not', () => {
  assert.equal(tidyHtml('foo'), '<p>foo</p>');
  assert.equal(tidyHtml('\n<p>a</p>\n'), '\n<p>a</p>\n');
  assert.equal(tidyHtml('<div>x</div> b'), '<div>x</div><p> b</p>');
});

test('character references are kept as written; no-break spaces become &#160;', () => {
  assert.equal(tidyHtml('<p>a &amp; &nbsp; &foo; b\u00a0</p>'), '<p>a &amp; &nbsp; &foo; b&#160;</p>');
});

test('void elements and attribute quoting', () => {
  assert.equal(tidyHtml('<p>a<br>b<hr></p>'), '<p>a<br />b</p><hr /><p class="mw-empty-elt"></p>');
  assert.equal(tidyHtml(`<span title='q"'>x</span>`), '<p><span title="q&quot;">x</span></p>');
});

test('formatting elements are split around blocks', () => {
  assert.equal(tidyHtml('<b>x<div>y</div>z</b>'), '<p><b>x</b></p><b><div>y</div></b><p><b>z</b></p>');
  assert.equal(tidyHtml('<b><div>x</div></b>'), '<b><div>x</div></b>');
});

test('a non-formatting inline element holding a block leaves the p-wrapper', () => {
  assert.equal(tidyHtml('<span>a<div>b</div>c</span>d'), '<span>a<div>b</div>c</span><p>d</p>');
});

test('fostered text is not p-wrapped; blank li/tr/p are marked', () => {
  assert.equal(tidyHtml('<table>foo<tr><td>x</td></tr></table>'), 'foo<table><tbody><tr><td>x</td></tr></tbody></table>');
  assert.equal(tidyHtml('<ul><li></li></ul>'), '<ul><li class="mw-empty-elt"></li></ul>');
});

test('blockquote content is p-wrapped; pre keeps a leading newline', () => {
  assert.equal(tidyHtml('<blockquote>q</blockquote>'), '<blockquote><p>q</p></blockquote>');
  assert.equal(tidyHtml('<pre>\n\nx</pre>'), '<pre>\n\nx</pre>');
});

test('without p-wrapping, HTML is only balanced', () => {
  assert.equal(tidyHtml('<b>bold, never closed', { pwrap: false }), '<b>bold, never closed</b>');
  assert.equal(tidyHtml('a<div>b</div><blockquote>c</blockquote>', { pwrap: false }), 'a<div>b</div><blockquote>c</blockquote>');
});

test('elements nested deeper than the call stack serialise, newline after <pre> kept', () => {
  const depth = 20_000;
  const out = tidyHtml('<div>'.repeat(depth) + '<pre>\n\nx</pre><ul><li> </li></ul>');
  assert.equal(out, '<div>'.repeat(depth) + '<pre>\n\nx</pre><ul><li class="mw-empty-elt"> </li></ul>' + '</div>'.repeat(depth));
});

test('text moved by the adoption agency is moved, not copied', () => {
  assert.equal(tidyHtml('<small><ul><li>M<b>x</b></small></li></ul>'), '<small></small><ul><small></small><li><small>M<b>x</b></small></li></ul>');
  assert.equal(tidyHtml('<ul><li>M<sub>n</sub> b</small></li></ul>'), '<ul><li>M<sub>n</sub> b</li></ul>');
});

test('a tag between two runs of text ends the first run', () => {
  assert.equal(tidyHtml('<ul><li>b</li></ul>\n</div>x'), '<ul><li>b</li></ul>\n<p>x</p>');
});
