import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHighlightLines, renderSyntaxHighlight } from './render-syntaxhighlight.ts';
import { pygmentsClass } from './pygments-classes.ts';

test('a block: div.mw-highlight with the language class, pre, Pygments token classes', () => {
  const { html, categories } = renderSyntaxHighlight('\ndef f(x):\n    return "a<b"\n', { lang: 'python' });
  assert.equal(
    html,
    '<div class="mw-highlight mw-highlight-lang-python mw-content-ltr" dir="ltr"><pre><span></span>' +
      '<span class="k">def</span> <span class="nf">f</span>(<span class="nv">x</span>):\n' +
      '    <span class="k">return</span> <span class="s">&quot;a&lt;b&quot;</span>\n</pre></div>',
  );
  assert.deepEqual(categories, []);
});

test('inline code is a <code> on one line', () => {
  const { html } = renderSyntaxHighlight(' x = 1 ', { lang: 'python', inline: '' });
  assert.equal(html, '<code class="mw-highlight mw-highlight-lang-python mw-content-ltr" dir="ltr">x = <span class="m">1</span></code>');
});

test('an unknown or missing language is shown plain and tracked', () => {
  const { html, categories } = renderSyntaxHighlight('a < b', { lang: 'nosuchlang' });
  assert.equal(html, '<div class="mw-highlight mw-content-ltr" dir="ltr"><pre>a &lt; b</pre></div>');
  assert.deepEqual(categories, ['syntaxhighlight-error-category']);
  assert.deepEqual(renderSyntaxHighlight('x', {}).categories, ['syntaxhighlight-error-category']);
});

test('line numbers, marked lines and a start number', () => {
  const { html } = renderSyntaxHighlight('a\nb', { lang: 'text', line: '', start: '5', highlight: '2' });
  assert.equal(
    html,
    '<div class="mw-highlight mw-highlight-lang-text mw-content-ltr mw-highlight-lines" dir="ltr"><pre><span></span>' +
      '<span class="linenos" data-line="5"></span>a\n<span class="hll"><span class="linenos" data-line="6"></span>b\n</span></pre></div>',
  );
});

test('spans crossing a line end are closed and reopened', () => {
  const { html } = renderSyntaxHighlight('/* a\nb */', { lang: 'c', highlight: '1' });
  assert.ok(html.includes('<span class="hll"><span class="c">/* a</span>\n</span><span class="c">b */</span>\n'), html);
});

test('enclose="none" means inline and is tracked; attributes are sanitised; dir=rtl', () => {
  const { html, categories } = renderSyntaxHighlight('x', { lang: 'text', enclose: 'none', class: 'mine', onclick: 'evil()', dir: 'rtl' });
  assert.equal(html, '<code class="mine mw-highlight mw-highlight-lang-text mw-content-rtl" dir="rtl">x</code>');
  assert.deepEqual(categories, ['syntaxhighlight-enclose-category']);
});

test('highlight line specs and scope mapping', () => {
  assert.deepEqual(parseHighlightLines('1, 3-5,x,0'), [1, 3, 4, 5]);
  assert.equal(pygmentsClass('title function_'), 'nf');
  assert.equal(pygmentsClass('title class_ inherited__'), 'nc');
  assert.equal(pygmentsClass('unknown'), '');
});
