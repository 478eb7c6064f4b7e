import { test } from 'node:test';
import assert from 'node:assert/strict';
import { internalRemoveHtmlTags, removeHtmlComments } from './remove-html-tags.ts';
import { sanitizeTagAttributes } from './tag-attributes.ts';
import { checkCss } from './check-css.ts';
import { escapeIdForAttribute, escapeIdForLink } from './escape-id.ts';

test('allowed tags keep clean attributes, others become text', () => {
  assert.equal(
    internalRemoveHtmlTags('<span style="color:red" onclick="x()" id="a b">x</span><script>y</script>'),
    '<span style="color:red" id="a&#95;b">x</span>&lt;script&gt;y&lt;/script&gt;',
  );
  assert.equal(internalRemoveHtmlTags('a > b'), 'a &gt; b');
});

test('self-closed tags: void kept, list items emptied, others opened', () => {
  assert.equal(internalRemoveHtmlTags('<br/><li/><div/>'), '<br/><li></li><div>');
});

test('meta and link only as microdata', () => {
  assert.equal(internalRemoveHtmlTags('<meta itemprop="a" content="b">'), '<meta itemprop="a" content="b">');
  assert.equal(internalRemoveHtmlTags('<meta content="b">'), '&lt;meta content="b"&gt;');
});

test('attributes: data-*, reserved data, tabindex, armour against wikitext', () => {
  assert.equal(sanitizeTagAttributes('div', 'data-ok="1" data-mw="x" tabindex=1 title="[[a]] ISBN"'), ' data-ok="1" title="&#91;&#91;a&#93;&#93; &#73;SBN"');
  assert.equal(sanitizeTagAttributes('span', 'title="it\'\'s"'), ' title="it&#039;&#039;s"');
  assert.equal(sanitizeTagAttributes('a', 'href="javascript:x" rel="nofollow"'), ' rel="nofollow"');
});

test('CSS: comments removed, expression and url() refused', () => {
  assert.equal(checkCss('color: red /* x */'), 'color: red  ');
  assert.equal(checkCss('width: expression(alert(1))'), '/* insecure input */');
  assert.equal(checkCss('background: u\\72l(x)'), '/* insecure input */');
});

test('ids and fragments', () => {
  assert.equal(escapeIdForAttribute('a b\tc'), 'a_b_c');
  assert.equal(escapeIdForLink('100%25 x'), '100%2525_x');
  assert.equal(escapeIdForAttribute('Hey < #', 'legacy'), 'Hey_.3C_.23');
});

test('comments alone on a line take one newline with them', () => {
  assert.equal(removeHtmlComments('a\n<!-- x -->\nb'), 'a\nb');
  assert.equal(removeHtmlComments('a<!-- x -->b'), 'ab');
});
