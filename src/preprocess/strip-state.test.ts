import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StripState, MARKER_PREFIX, MARKER_SUFFIX } from './strip-state.ts';

test('markers have MediaWiki\'s format and come back by type', () => {
  const s = new StripState();
  const nowiki = s.newMarker('nowiki');
  assert.equal(nowiki, `${MARKER_PREFIX}-nowiki-00000000${MARKER_SUFFIX}`);
  assert.equal(nowiki, "\x7f'\"`UNIQ--nowiki-00000000-QINU`\"'\x7f");
  s.addNoWiki(nowiki, '[[x]]');
  const general = s.insertGeneral(`<b>${nowiki}</b>`);
  const text = `a ${general} b ${nowiki}`;
  assert.equal(s.unstripNoWiki(text), `a ${general} b [[x]]`);
  assert.equal(s.unstripGeneral(text), `a <b>${nowiki}</b> b ${nowiki}`);
  assert.equal(s.unstripBoth(text), 'a <b>[[x]]</b> b [[x]]');
  assert.equal(s.killMarkers(text), 'a  b ');
});

test('a marker that contains itself does not loop', () => {
  const s = new StripState();
  const m = s.newMarker('item');
  s.addGeneral(m, `x${m}`);
  assert.match(s.unstripGeneral(m), /^x<span class="error">/);
});
