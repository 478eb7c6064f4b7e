import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luaWiki, runLua } from './test-wiki.ts';

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

test('tables filled field by field iterate in the order Lua 5.1 gave them', () => {
  assert.equal(runLua(`local style = {} style.top = '2px' style.right = '2px' return tostring(mw.html.create('span'):css(style))`),
    '<span style="top:2px;right:2px"></span>');
  const days = `local classes = {} for _, d in ipairs({'Sunday', 'Monday', 'Thursday', 'Friday', 'Saturday'}) do classes['multi-toggle-target-improvementtablekai-day-' .. d] = true end`;
  assert.equal(runLua(`${days} local out = {} for k in pairs(classes) do out[#out + 1] = k:match('%a+$') end return table.concat(out, ' ')`),
    'Friday Thursday Saturday Monday Sunday');
});

test('field assignments keep Lua semantics: metatables, nil, multiple values, errors', () => {
  assert.equal(runLua(`local log = {} local t = setmetatable({}, {__newindex = function(_, k, v) log[#log + 1] = k end}) t.a = 1 t['b'] = 2
    local u = {} u.x = (function() return 1, 2 end)() u.y = nil return table.concat(log, ',') .. tostring(rawget(t, 'a')) .. u.x .. tostring(u.y)`), 'a,bnil1nil');
  assert.match(runLua(`local ok, err = pcall(function() local t t.x = 1 end) return err`), /attempt to index a nil value/);
});

test('frame.args iterate in the order Scribunto got them from PHP (numbered, then named)', () => {
  const wiki = luaWiki({ Args: `local p = {} function p.keys(frame) local out = {} for k in pairs(frame.args) do out[#out + 1] = tostring(k) end return table.concat(out, ',') end return p` });
  assert.equal(wiki.expand('{{#invoke:Args|keys|a|b|c|name=x|class=y|style=z}}'), '2,name,3,1,class,style');
});

test('a table iterated again after keys changed behind the shape still yields every key', () => {
  assert.equal(runLua(`local t = {a = 1, b = 2} for _ in pairs(t) do end rawset(t, 'a', nil) rawset(t, 'z', 3)
    local out = {} for k in pairs(t) do out[#out + 1] = k end table.sort(out) return table.concat(out, ',')`), 'b,z');
});

test('integer keys move between the hash and the array part as in Lua 5.1', () => {
  // Orders printed by Lua 5.1.5 for the same statements.
  assert.equal(keysInPairsOrder(`(function() local a = {} a.nodes = 'x' a.boss = 'y' a[2] = 'b' a.name = 1 a[3] = 'c' a[1] = 'a' a.class = 2 a.style = 3 return a end)()`),
    'style,2,name,3,nodes,class,1,boss');
  assert.equal(keysInPairsOrder(`(function() local c = {} c.x = 1 for i = 1, 6 do c[i] = i end c.y = 1 c[9] = 1 c.z = 1 return c end)()`),
    '1,2,3,4,5,6,y,x,9,z');
  assert.equal(keysInPairsOrder(`(function() local function three() return 1, 2, 3 end local h = {x = 1, three()} h.y = 2 return h end)()`), '1,2,3,y,x');
});

test('next() walks shaped tables in the same order as pairs()', () => {
  assert.equal(runLua(`local t = {display = 1, position = 2, overflow = 3, ['vertical-align'] = 4} local out = {}
    for k in next, t do out[#out + 1] = k end local first = next(t) return table.concat(out, ',') .. ' ' .. first`),
    'display,overflow,vertical-align,position display');
});
