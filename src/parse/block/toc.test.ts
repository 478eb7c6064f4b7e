import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tocLine } from './toc.ts';

test('a TOC line escapes its anchor as an Html attribute', () => {
  assert.equal(
    tocLine(`Hey_<_#_"_>_%_:_'`, 'Hey', '6', 1, 6),
    '<li class="toclevel-1 tocsection-6"><a href="#Hey_&lt;_#_&quot;_&gt;_%_:_&#39;"><span class="tocnumber">6</span> <span class="toctext">Hey</span></a>',
  );
});
