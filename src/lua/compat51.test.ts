import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './test-wiki.ts';

test('numbers print as Lua 5.1 printed them, in tostring, concatenation and string.format', () => {
  assert.equal(runLua(`return 10/2 .. ' ' .. tostring(2^53) .. ' ' .. 1e15 .. ' ' .. 0.1 .. ' ' .. 123456789012345`),
    '5 9.007199254741e+15 1e+15 0.1 1.2345678901234e+14');
  assert.equal(runLua(`return tostring(10/3) .. '|' .. ('%s'):format(1/3) .. '|' .. table.concat({1, 2.0, 'x'}, ',')`),
    '3.3333333333333|0.33333333333333|1,2,x');
  assert.equal(runLua(`return string.format('[%03s][%-5s][%5.1f][%d][%s][%x][%05d]', 7, 'ab', 3.14159, 3.0, 2.0, 255.0, 42)`),
    '[  7][ab   ][  3.1][3][2][ff][00042]');
});

test('functions Lua 5.1 had are there', () => {
  assert.equal(runLua(`local a, b = unpack({1, 2}) return a + b .. table.getn({1,2,3}) .. table.maxn({[7]=1}) .. math.mod(7, 3) .. math.pow(2, 3)`), '33718');
  assert.equal(runLua(`local out = {} for w in string.gfind('a b', '%a') do out[#out+1] = w end return table.concat(out)`), 'ab');
  assert.equal(runLua(`return loadstring('return 1 + 1')()`), '2');
  assert.equal(runLua(`return (string.gsub('hello', 'l', '%x')) .. (string.gsub('a', 'a', '100%'))`), 'hexxo100');
  assert.equal(runLua(`local t = {} table.insert(t, 3, 'x') return tostring(t[3])`), 'x');
});

test('setfenv and getfenv work on module functions', () => {
  assert.equal(runLua(`local function f() return x end setfenv(f, {x = 'env'}) return f() .. type(getfenv(1))`), 'envtable');
});

test('the sandbox has no io, os.execute, string.dump, binary chunks or debug beyond traceback', () => {
  assert.equal(runLua(`return type(io) .. type(os.execute) .. type(string.dump) .. type(debug.getinfo) .. type(debug.traceback) .. type(require)`),
    'nilnilnilnilfunctionfunction');
  assert.equal(runLua(`local f, err = load('\\27Lua') return tostring(f) .. ' ' .. err`), 'nil attempt to load a binary chunk');
  assert.equal(runLua(`return type(os.time()) .. type(os.date('%Y'))`), 'numberstring');
});

test('tables and functions print without addresses', () => {
  assert.equal(runLua(`return tostring({}) .. tostring(print or type)`), 'tablefunction');
});
