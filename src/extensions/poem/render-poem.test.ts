import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPoem, type PoemParser } from './render-poem.ts';

/** Strip items are shown as ⟦n⟧; recursive parsing is the identity. */
function fakeParser(): PoemParser & { items: string[] } {
  const items: string[] = [];
  return {
    items,
    insertStripItem: (html) => {
      items.push(html);
      return `⟦${items.length - 1}⟧`;
    },
    recursiveTagParse: (text) => text,
  };
}

test('inner line breaks get a protected <br />; the first and last do not', () => {
  const parser = fakeParser();
  assert.equal(renderPoem('\nthis\nis\na\ntest\n', {}, parser), '<div class="poem">\nthis⟦0⟧\nis⟦0⟧\na⟦0⟧\ntest\n</div>');
  assert.deepEqual(parser.items, ['<br />']);
});

test('leading spaces become no-break spaces', () => {
  assert.equal(renderPoem('\n\n   test\n\n', {}, fakeParser()), '<div class="poem">\n⟦0⟧\n&#160;&#160;&#160;test⟦0⟧\n</div>');
});

test('no <br /> after a horizontal rule', () => {
  assert.equal(renderPoem('\nsome\n----\ntext\n', {}, fakeParser()), '<div class="poem">\nsome⟦0⟧\n----\ntext\n</div>');
  const parser = fakeParser();
  parser.recursiveTagParse = (text) => text.replace(/^-{4,}/m, '<hr />');
  assert.equal(renderPoem('\nsome\n-----\ntext\n', {}, parser), '<div class="poem">\nsome⟦0⟧\n<hr />\ntext\n</div>');
});

test('leading colons indent the line; colons alone are left to the parser', () => {
  assert.equal(
    renderPoem("\na\n::b\n", {}, fakeParser()),
    '<div class="poem">\na⟦0⟧\n<span class="mw-poem-indented" style="display: inline-block; margin-inline-start: 2em;">b</span>\n</div>',
  );
  assert.equal(renderPoem('\n::\n', {}, fakeParser()), '<div class="poem">\n::\n</div>');
});

test('attributes: style kept before the class, class appended to "poem", empty class dropped, compact', () => {
  assert.equal(renderPoem('x', { style: 'padding: 1em;' }, fakeParser()), '<div style="padding: 1em;" class="poem">\nx\n</div>');
  assert.equal(renderPoem('x', { class: 'hiho' }, fakeParser()), '<div class="poem hiho">\nx\n</div>');
  assert.equal(renderPoem('x', { class: '' }, fakeParser()), '<div class="poem">\nx\n</div>');
  assert.equal(renderPoem('\na\nb\n', { compact: '' }, fakeParser()), '<div class="poem">a⟦0⟧\nb</div>');
  assert.equal(renderPoem('x', { onclick: 'evil()' }, fakeParser()), '<div class="poem">\nx\n</div>');
});
