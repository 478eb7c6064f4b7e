import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './test-wiki.ts';

test('table.sort sorts, with and without a comparator', () => {
  assert.equal(runLua(`local t = {5, 3, 9, 1, 7, 2, 8, 6, 4, 10, 0} table.sort(t) return table.concat(t, ',')`), '0,1,2,3,4,5,6,7,8,9,10');
  assert.equal(runLua(`local t = {'b', 'c', 'a'} table.sort(t, function(a, b) return a > b end) return table.concat(t, ',')`), 'c,b,a');
  assert.equal(runLua(`local t = {} table.sort(t) local u = {1} table.sort(u) return #t .. u[1]`), '01');
});

test('elements that compare equal end where Lua 5.1 put them', () => {
  // Sorted by the number only; Lua 5.1.5 leaves the ties in this order.
  const items = `{{1,'a'},{0,'b'},{1,'c'},{0,'d'},{1,'e'},{0,'f'},{1,'g'},{0,'h'}}`;
  assert.equal(runLua(`local t = ${items} table.sort(t, function(x, y) return x[1] < y[1] end)
    local out = {} for i, v in ipairs(t) do out[i] = v[2] end return table.concat(out)`), 'hfdbcgea');
});

test('an inconsistent comparator fails as in Lua 5.1', () => {
  assert.match(runLua(`local ok, err = pcall(table.sort, {3, 1, 2, 5, 4}, function() return true end) return tostring(ok) .. ' ' .. err`),
    /^false invalid order function for sorting$/);
});
