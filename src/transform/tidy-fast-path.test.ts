import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyWellFormed } from './tidy-fast-path.ts';
import { tidyTree } from './tidy.ts';

const balanced = [
  '<p>a b</p>\n<p></p>',
  '<div>x <b>y</b></div>\n<hr>',
  '<ul><li></li><li>a <b>c</b> ? « d</li>\n<li><ul><li>e</li></ul></li></ul>',
  '<dl><dt>t</dt><dd>d <i>e</i></dd></dl>',
  '<table class="wikitable">\n<tbody><tr>\n<td>x &amp; y</td>\n<th>h</th></tr>\n<tr></tr></tbody></table>',
  '<p>a<br>b<br/><img src="x" alt="">&lt;c&gt; d > e\u00a0f</p>',
  '<p><a href="/w?a=1&amp;b=2" title="t\u00a0u">l</a> <span><b><i>x</i></b></span></p>',
  '<!-- c -->\n<h2><span class="mw-headline" id="A">A</span></h2>\n<div><p>p</p>text</div>',
  '<p class="a"></p><li></li>',
  // A block start tag closes the open paragraph; the stray </p> becomes an empty p.
  '<p>a<div>b</div></p>',
  '<p>\n<aside class="x">\n<section><h2>h</h2><div>t</div></section></aside>\n</p>\n<p>b</p>',
  '<p class="c"><div>x</div></p>',
  '<div><p><section>x</section></p></div>',
  '<ul><li></p></li></ul>',
];

test('balanced parser output: the fast path gives what the HTML5 tree gives', () => {
  for (const html of balanced) {
    const fast = tidyWellFormed(html, true);
    if (html === '<p class="a"></p><li></li>') {
      assert.equal(fast, null, html);
      continue;
    }
    assert.notEqual(fast, null, html);
    assert.equal(fast, tidyTree(html, true), html);
  }
});

test('anything HTML5 or tidy would restructure goes to the tree builder', () => {
  for (const html of [
    'bare text',
    '<b>inline at the top</b>',
    '<b>x<div>y</div></b>',
    '<p><a href="a">x<a href="b">y</a></a></p>',
    '<table><tr><td>x</td></tr></table>',
    '<table>text<tbody></tbody></table>',
    '<ul>text</ul>',
    '<div><li>x</li></div>',
    '<p>unclosed',
    '<p>a</b></p>',
    '<p>a < b</p>',
    '<P>upper</P>',
    "<p title='x'>single quotes</p>",
    '<p a="1" a="2">repeated attribute</p>',
    '<div/>',
    '<pre>\nx</pre>',
    '<p>a\r\nb</p>',
    '<!-- a -- b -->',
  ]) {
    assert.equal(tidyWellFormed(html, true), null, html);
  }
});

test('without p-wrapping, inline content may stand at the top', () => {
  const html = 'a <b>b</b> <span>c</span>';
  assert.equal(tidyWellFormed(html, false), tidyTree(html, false));
  assert.equal(tidyWellFormed(html, true), null);
});
