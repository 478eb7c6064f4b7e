import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteStringEscapes } from './escape-rewrite.ts';
import { runLua } from './test-wiki.ts';

test('escapes Lua 5.1 read as the plain character lose their backslash', () => {
  assert.equal(rewriteStringEscapes(`x = "a\\éb" .. 'c\\x41\\z' .. "\\u{41}"`), `x = "aéb" .. 'cx41z' .. "u{41}"`);
  assert.equal(rewriteStringEscapes(`x = "\\n\\t\\\\\\"\\65\\\n"`), `x = "\\n\\t\\\\\\"\\65\\\n"`);
  assert.equal(rewriteStringEscapes(`x = [[\\é]] -- "\\é"`), `x = [[\\é]] -- "\\é"`);
});

test('modules with Lua 5.1 escapes compile and read them as 5.1 did', () => {
  assert.equal(runLua(`return "Literally \\é" .. '\\x41' .. "\\65\\\\"`), 'Literally éx41A\\');
});
