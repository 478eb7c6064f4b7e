import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from './cite.ts';
import { testHost } from './test-host.ts';

const error = (text: string) => `<span class="error mw-ext-cite-error" lang="en" dir="ltr">Cite error: ${text}</span>`;

test('an anonymous ref leaves a numbered mark and is listed at the end of the page', () => {
  const cite = new Cite(testHost());
  assert.equal(cite.ref('Proceeds', {}), '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup>');
  assert.equal(
    cite.checkRefsNoReferences(),
    '\n<div class="mw-references-wrap"><ol class="references">\n' +
      '<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text">Proceeds</span>\n</li>\n' +
      '</ol></div>',
  );
});

test('a reused named ref gets numeric backlinks 1.0 1.1', () => {
  const cite = new Cite(testHost());
  assert.equal(cite.ref('content', { name: 'blank' }), '<sup id="cite_ref-blank_1-0" class="reference"><a href="#cite_note-blank-1">&#91;1&#93;</a></sup>');
  assert.equal(cite.ref(null, { name: 'blank' }), '<sup id="cite_ref-blank_1-1" class="reference"><a href="#cite_note-blank-1">&#91;1&#93;</a></sup>');
  assert.equal(
    cite.references(null, {}),
    '<div class="mw-references-wrap"><ol class="references">\n' +
      '<li id="cite_note-blank-1"><span class="mw-cite-backlink">↑ <sup><a href="#cite_ref-blank_1-0">1.0</a></sup> <sup><a href="#cite_ref-blank_1-1">1.1</a></sup></span> <span class="reference-text">content</span>\n</li>\n' +
      '</ol></div>',
  );
  assert.equal(cite.checkRefsNoReferences(), '');
});

test('the backlink offset is padded to the width of the highest one', () => {
  const cite = new Cite(testHost());
  for (let i = 0; i < 11; i++) cite.ref('x', { name: 'n' });
  const list = cite.references(null, {}) ?? '';
  assert.match(list, />1\.00<\/a>/);
  assert.match(list, />1\.10<\/a>/);
});

test('different content under one name is reported on the first definition', () => {
  const cite = new Cite(testHost());
  cite.ref('0', { name: 'blank' });
  cite.ref('content', { name: 'blank' });
  const list = cite.references(null, {}) ?? '';
  assert.ok(list.includes(`<span class="reference-text">0 ${error('Invalid <code>&lt;ref&gt;</code> tag; name "blank" defined multiple times with different content')}</span>`));
});

test('erroneous refs render their errors in place', () => {
  const host = testHost();
  const cite = new Cite(host);
  assert.equal(cite.ref('Zero', { name: '0' }), error('Invalid <code>&lt;ref&gt;</code> tag; name cannot be a simple integer. Use a descriptive title'));
  assert.equal(cite.ref(null, {}), error('The opening <code>&lt;ref&gt;</code> tag is malformed or has a bad name'));
  assert.equal(cite.ref('  ', {}), error('Invalid <code>&lt;ref&gt;</code> tag; refs with no name must have content'));
  assert.equal(cite.ref('x', { name: 'a', follow: 'b' }), error('Invalid <code>&lt;ref&gt;</code> tag; invalid names, e.g. too many'));
  assert.equal(cite.ref('x', { dir: 'up' }), error('Invalid <code>dir="up"</code>, must be <code>ltr</code> or <code>rtl</code>'));
  assert.equal(cite.ref('a <ref>b', {}), error('Closing <code>&lt;/ref&gt;</code> missing for <code>&lt;ref&gt;</code> tag'));
  assert.equal(cite.references(null, { name: 'q' }), error('Invalid parameter in <code>&lt;references&gt;</code> tag'));
  assert.deepEqual(host.categories, Array(7).fill('cite-tracking-category-cite-error'));
  assert.equal(host.diagnostics[0], 'cite_error_ref_numeric_key');
});

test('a named ref without text is listed with an error', () => {
  const cite = new Cite(testHost());
  cite.ref(null, { name: 'bar' });
  assert.equal(
    cite.references(null, {}),
    '<div class="mw-references-wrap"><ol class="references">\n' +
      `<li id="cite_note-bar-1"><span class="mw-cite-backlink"><a href="#cite_ref-bar_1-0">↑</a></span> ${error('Invalid <code>&lt;ref&gt;</code> tag; no text was provided for refs named <code>bar</code>')}</li>\n` +
      '</ol></div>',
  );
});

test('groups are numbered separately and prefixed; an unlisted group is an error at the end', () => {
  const cite = new Cite(testHost());
  assert.match(cite.ref('a', { group: 'note' }) ?? '', /&#91;note 1&#93;/);
  assert.match(cite.ref('b', {}) ?? '', /&#91;1&#93;/);
  assert.equal(
    cite.checkRefsNoReferences(),
    '\n<br />' +
      error('<code>&lt;ref&gt;</code> tags exist for a group named "note", but no corresponding <code>&lt;references group="note"/&gt;</code> tag was found') +
      '<div class="mw-references-wrap"><ol class="references">\n' +
      '<li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">↑</a></span> <span class="reference-text">b</span>\n</li>\n' +
      '</ol></div>',
  );
});

test('custom link labels come from MediaWiki:Cite_link_label_group-GROUP', () => {
  const cite = new Cite(testHost({ 'cite_link_label_group-klingon': "wa'  cha'" }));
  assert.match(cite.ref('1st', { group: 'klingon' }) ?? '', /&#91;wa&#039;&#93;/);
  assert.match(cite.ref('2nd', { group: 'klingon' }) ?? '', /&#91;cha&#039;&#93;/);
  assert.match(cite.ref('3rd', { group: 'klingon' }) ?? '', /Ran out of custom link labels for group &quot;klingon&quot;/);
});

test('list-defined references get their text from inside <references>', () => {
  const host = testHost();
  const cite = new Cite(host);
  cite.ref(null, { name: 'a' });
  // The parser would call the <ref> hook for the ref inside <references>.
  host.recursiveTagParse = (text) => {
    const match = /<ref name="(\w+)">(.*?)<\/ref>/.exec(text);
    if (match) cite.ref(match[2], { name: match[1] });
    return text.replace(/\[\[#([^|\]]*)\|([^\]]*)\]\]/g, '<a href="#$1">$2</a>');
  };
  const list = cite.references('\n<ref name="a">defined</ref>\n', {}) ?? '';
  assert.match(list, /<span class="reference-text">defined<\/span>/);
});

test('refs inside <references> are checked: no name, unknown name, no content', () => {
  const cite = new Cite(testHost());
  cite.ref('used', { name: 'used' });
  const host = cite.host;
  host.recursiveTagParse = (text) => {
    for (const m of text.matchAll(/<ref( name="(\w*)")?>(.*?)<\/ref>/g)) cite.ref(m[3], m[1] ? { name: m[2] } : {});
    return text;
  };
  const list = cite.references('<ref>x</ref><ref name="other">y</ref><ref name="used"> </ref>', {}) ?? '';
  assert.ok(list.endsWith(
    '\n' +
      error('<code>&lt;ref&gt;</code> tag defined in <code>&lt;references&gt;</code> has no name attribute.') + '<br />\n' +
      error('<code>&lt;ref&gt;</code> tag with name "other" defined in <code>&lt;references&gt;</code> is not used in prior text.') + '<br />\n' +
      error('<code>&lt;ref&gt;</code> tag with name "used" defined in <code>&lt;references&gt;</code> group "" has no content.'),
  ));
});

test('more than ten references get the columns class; responsive="0" drops the wrapper', () => {
  const cite = new Cite(testHost());
  for (let i = 0; i < 11; i++) cite.ref(`r${i}`, {});
  assert.match(cite.references(null, {}) ?? '', /^<div class="mw-references-wrap mw-references-columns">/);
  cite.ref('x', {});
  assert.match(cite.references(null, { responsive: '0' }) ?? '', /^<ol class="references">/);
});

test('a <ref> inside a <ref> and <references> inside <references> are refused', () => {
  const cite = new Cite(testHost());
  let inner: string | null = 'unset';
  cite.host.recursiveTagParse = (text) => {
    inner = cite.ref('nested', {});
    return text;
  };
  cite.ref('outer', {});
  // the footnote mark's own recursive parse runs while the outer ref is still open
  assert.equal(inner, null);
});

test('refs already expanded inside <references> are rolled back and defined there', () => {
  const host = testHost();
  const cite = new Cite(host);
  cite.ref(null, { name: 'a' });
  const marker = `${host.markerPrefix}-ref-00000002-QINU\`"'\x7f`;
  cite.ref('text of a', { name: 'a' });
  const list = cite.references(`\n${marker}\n`, {}) ?? '';
  assert.match(list, /<li id="cite_note-a-1"><span class="mw-cite-backlink"><a href="#cite_ref-a_1-0">↑<\/a><\/span> <span class="reference-text">text of a<\/span>/);
});

test('languages with a decimal comma write backlinks as 1,0 1,1', () => {
  const cite = new Cite(testHost({}, { decimalSeparator: ',' }));
  cite.ref('x', { name: 'n' });
  cite.ref(null, { name: 'n' });
  assert.match(cite.references(null, {}) ?? '', />1,0<\/a><\/sup> <sup><a href="#cite_ref-n_1-1">1,1</);
});

test('book referencing: a sub-reference takes its parent\'s number and is listed under it', () => {
  const cite = new Cite(testHost({}, { bookReferencing: true }));
  cite.ref('book', { name: 'a' });
  assert.match(cite.ref('page 2', { extends: 'a' }) ?? '', /&#91;1\.1&#93;/);
  assert.equal(
    cite.references(null, {}),
    '<div class="mw-references-wrap"><ol class="references">\n' +
      '<li id="cite_note-a-1"><span class="mw-cite-backlink"><a href="#cite_ref-a_1-0">↑</a></span> <span class="reference-text">book</span>\n' +
      '<ol class="mw-extended-references"><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">↑</a></span> <span class="reference-text">page 2</span>\n</li>\n' +
      '</ol></li>\n</ol></div>',
  );
});

test('extends is refused unless book referencing is on', () => {
  const cite = new Cite(testHost());
  assert.match(cite.ref('x', { extends: 'a' }) ?? '', /invalid names, e\.g\. too many/);
});

test('a ref rolled back into {{#tag:references}} does not consume a footnote number (T48140)', () => {
  const host = testHost();
  const cite = new Cite(host);
  assert.match(cite.ref('should be [1]', {}) ?? '', /cite_ref-1"/);
  assert.match(cite.ref(null, { name: 'a', group: 'g' }) ?? '', /cite_ref-a_2-0".*&#91;g 1&#93;/);
  // {{#tag:references|<ref name="a">a</ref>|group=g}}: the inner ref runs first, outside <references>.
  cite.ref('a', { name: 'a', group: 'g' });
  const marker = `${host.markerPrefix}-ref-00000003-QINU\`"'\x7f`;
  const list = cite.references(`\n${marker}\n`, { group: 'g' }) ?? '';
  assert.match(list, /<li id="cite_note-a-2"><span class="mw-cite-backlink"><a href="#cite_ref-a_2-0">↑<\/a><\/span> <span class="reference-text">a<\/span>/);
  assert.match(cite.ref('should be [2]', {}) ?? '', /&#91;2&#93;/);
});
