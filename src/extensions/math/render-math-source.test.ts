import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMathSource, texWithStyle } from './render-math-source.ts';
import { mathExtension } from './index.ts';

test('inline source: the TeX between dollar signs, escaped, newlines as spaces', () => {
  assert.equal(renderMathSource('b', {}), '<span class="mwe-math-fallback-source-inline tex" dir="ltr">$ b $</span>');
  assert.equal(
    renderMathSource('6, & \\text{ for >100}\n \\\\ x  ', {}),
    '<span class="mwe-math-fallback-source-inline tex" dir="ltr">$ 6, &amp; \\text{ for &gt;100}  \\\\ x   $</span>',
  );
});

test('display styles wrap the TeX and pick the class', () => {
  assert.deepEqual(texWithStyle('x', 'block'), { tex: '{\\displaystyle x}', style: 'display' });
  assert.equal(
    renderMathSource('x', { display: 'block' }),
    '<span class="mwe-math-fallback-source-display tex" dir="ltr">$ {\\displaystyle x} $</span>',
  );
  assert.equal(renderMathSource('x', { display: 'inline' }), '<span class="mwe-math-fallback-source-inline tex" dir="ltr">$ {\\textstyle x} $</span>');
});

test('allowed attributes are merged after the defaults; others are dropped', () => {
  assert.equal(
    renderMathSource('x', { class: 'big', id: 'eq 1', onclick: 'bad()' }),
    '<span class="mwe-math-fallback-source-inline tex big" dir="ltr" id="eq_1">$ x $</span>',
  );
});

test('an empty tag renders nothing', () => {
  const hook = mathExtension.tags!.math;
  assert.equal(hook('  ', {}, null as never, null as never), '');
  assert.equal(hook(null, {}, null as never, null as never), '');
});
