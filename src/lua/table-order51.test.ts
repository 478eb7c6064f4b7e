import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './test-wiki.ts';

const data = { 'Module:Data': `return {display = 1, position = 2, overflow = 3, ['vertical-align'] = 4}` };
const keysInPairsOrder = (table: string) => runLua(`local out = {} for k in pairs(${table}) do out[#out + 1] = tostring(k) end return table.concat(out, ',')`, data);

test('keyed constructors iterate in Lua 5.1 order (as MediaWiki rendered these tables)', () => {
  assert.equal(keysInPairsOrder(`{display = 'inline-block', position = 'relative', overflow = 'hidden', ['vertical-align'] = 'middle'}`),
    'display,overflow,vertical-align,position');
  assert.equal(keysInPairsOrder(`{position = 'absolute', ['line-height'] = '0px'}`), 'line-height,position');
  assert.equal(keysInPairsOrder(`{top = '2px', right = '2px'}`), 'top,right');
  assert.equal(keysInPairsOrder(`{'a', 'b', x = 1}`), '1,2,x');
});

test('mw.html css and attr tables, mw.clone and mw.loadData keep the 5.1 order', () => {
  assert.equal(runLua(`return tostring(mw.html.create('span'):css({position = 'absolute', ['line-height'] = '0px'}):css({top = '2px', right = '2px'}))`),
    '<span style="line-height:0px;position:absolute;top:2px;right:2px"></span>');
  // A clone is filled key by key in the original's order, so its own slots differ.
  assert.equal(keysInPairsOrder(`mw.clone({display = 1, position = 2, overflow = 3, ['vertical-align'] = 4})`), 'display,position,vertical-align,overflow');
  assert.equal(keysInPairsOrder(`mw.loadData('Module:Data')`), 'display,overflow,vertical-align,position');
});

test('keys added after construction, or removed, are still iterated exactly once', () => {
  assert.equal(keysInPairsOrder(`(function() local t = {a = 1, b = 2} t.c = 3 t.a = nil t[5] = true return t end)()`).split(',').sort().join(','), '5,b,c');
});
