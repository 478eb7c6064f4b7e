import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewrittenModuleSource } from './module-source-cache.ts';
import { luaWiki } from './test-wiki.ts';

test('rewritten module source is reused while the text is unchanged and redone after an edit', () => {
  const first = rewrittenModuleSource('Module:Cache_test', 'return 1 .. 2');
  assert.match(first, /__concat51\(1\)/);
  assert.equal(rewrittenModuleSource('Module:Cache_test', 'return 1 .. 2'), first);
  assert.match(rewrittenModuleSource('Module:Cache_test', 'return "\\é" .. 3'), /return "é" \.\. __concat51\(3\)/);
});

test('an edited module runs its new text in the next parse', () => {
  const body = (n: number) => `local p = {} function p.f() return ${n} / 2 .. '' end return p`;
  assert.equal(luaWiki({ Edited: body(6) }).expand('{{#invoke:Edited|f}}'), '3');
  assert.equal(luaWiki({ Edited: body(10) }).expand('{{#invoke:Edited|f}}'), '5');
});
