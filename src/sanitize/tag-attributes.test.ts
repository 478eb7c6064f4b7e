import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeEncodeAttribute, safeEncodeAttributeArmoured, sanitizeTagAttributes } from './tag-attributes.ts';

test('safeEncodeAttribute armours double underscores and wikitext syntax', () => {
  assert.equal(safeEncodeAttribute('cite_ref-1'), 'cite_ref-1');
  assert.equal(safeEncodeAttribute('__TOC__'), '&#95;_TOC&#95;_');
  assert.equal(safeEncodeAttribute("a''b{c}[d]|e"), 'a&#039;&#039;b&#123;c&#125;&#91;d&#93;&#124;e');
  assert.equal(safeEncodeAttribute('ISBN RFC PMID'), '&#73;SBN &#82;FC &#80;MID');
  assert.equal(safeEncodeAttribute('see http://x'), 'see http&#58;//x');
});

test('tag attributes are written with underscores armoured', () => {
  assert.equal(sanitizeTagAttributes('div', 'id="_ref" class="t_nihongo"'), ' id="&#95;ref" class="t&#95;nihongo"');
  assert.equal(sanitizeTagAttributes('table', 'STYLE=__TOC__'), ' style="&#95;&#95;TOC&#95;&#95;"');
});

test('attribute names with an underscore are dropped', () => {
  assert.equal(sanitizeTagAttributes('p', 'data-abc-def_hij="" data-foo="bar"'), ' data-foo="bar"');
});

test('the armoured form writes every underscore as a reference', () => {
  assert.equal(safeEncodeAttributeArmoured('b_ %20b 1'), 'b&#95; %20b 1');
});
