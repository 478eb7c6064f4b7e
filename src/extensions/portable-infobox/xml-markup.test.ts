import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childNamed, InfoboxXmlError, parseXml, prepareXml, textOf } from './xml-markup.ts';

test('content tags keep their text verbatim, other tags are elements', () => {
  const root = parseXml(prepareXml('<infobox><data source="a"><label>A <b>bold</b> & co</label></data></infobox>'));
  const data = childNamed(root, 'data')!;
  assert.equal(data.attrs.get('source'), 'a');
  assert.equal(textOf(childNamed(data, 'label')), 'A <b>bold</b> &amp; co');
  assert.equal(textOf(parseXml(prepareXml('<infobox><title>&quot;x&quot; &amp; y</title></infobox>')).children[0] as never), '"x" & y');
});

test('malformed markup reports the problem and its line', () => {
  try {
    parseXml(prepareXml('<infobox>\n<data source="age"><label>Age</label>\n</infobox>'));
    assert.fail('expected an error');
  } catch (e) {
    assert.ok(e instanceof InfoboxXmlError);
    assert.deepEqual(e.problems, [{ line: 3, code: 'TAG_NAME_MISMATCH' }]);
  }
});

test('unquoted attributes and stray text after the root are errors', () => {
  assert.throws(() => parseXml('<infobox><data source=a/></infobox>'), InfoboxXmlError);
  assert.throws(() => parseXml('<infobox></infobox>x'), InfoboxXmlError);
});
