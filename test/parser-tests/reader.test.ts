import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig, parseOptions } from './reader.ts';

test('options: flags, values, quoted values, links and JSON', () => {
  const o = parseOptions('pst title=[[Foo bar]] thumbsize=200 language="zh" parsoid={ "modes": ["wt2html"] }\ncat');
  assert.equal(o.pst, true);
  assert.equal(o.title, 'Foo bar');
  assert.equal(o.thumbsize, '200');
  assert.equal(o.language, 'zh');
  assert.deepEqual(JSON.parse(o.parsoid as string), { modes: ['wt2html'] });
  assert.equal(o.cat, true);
});

test('config lines are PHP literals', () => {
  const c = parseConfig('wgFragmentMode=[ "html5", "legacy" ]\nwgRawHtml=true\nwgMaxTocLevel=3');
  assert.deepEqual(c, { wgFragmentMode: ['html5', 'legacy'], wgRawHtml: true, wgMaxTocLevel: 3 });
});
