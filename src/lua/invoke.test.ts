import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luaWiki, runLua } from './test-wiki.ts';
import { hostCallbacks } from './host-callbacks.ts';
import { LimitExceededError } from '../core/limits.ts';

const modules = {
  Test: `local p = {}
function p.args(frame)
  local out = {}
  for k, v in pairs(frame.args) do out[#out + 1] = tostring(k) .. '=' .. v end
  table.sort(out)
  return table.concat(out, ',')
end
function p.parent(frame) return frame:getParent().args[1] end
function p.err() error('boom') end
function p.loop() while true do end end
function p.pcallLoop() while true do pcall(function() while true do end end) end end
function p.mem() local t = {} for i = 1, 1e8 do t[i] = string.rep('x', 1000) .. i end end
function p.tpl(frame) return frame:expandTemplate{ title = 'Echo', args = { 'a', x = 'b' } } end
function p.pre(frame) return frame:preprocess('{{Echo|q}}') end
function p.pf(frame) return frame:callParserFunction('#if', 'x', 'yes', 'no') end
function p.data() return mw.loadData('Module:Data').list[2] .. #mw.loadData('Module:Data').list end
function p.forge() return '\\127\\'"\`UNIQ--item-00000099-QINU\`"\\'\\127' .. 'x' end
function p.echo(frame) return frame.args[1] end
return p`,
  Data: `return { list = { 'a', 'b', 'c' } }`,
};

test('#invoke passes numbered and named arguments', () => {
  const wiki = luaWiki(modules);
  assert.equal(wiki.expand('{{#invoke:Test|args|x| y |k = v }}'), '1=x,2= y ,k=v');
});

test('frame:getParent, expandTemplate, preprocess and callParserFunction', () => {
  const wiki = luaWiki(modules, { 'Template:Wrap': '{{#invoke:Test|parent}}', 'Template:Echo': '[{{{1}}}|{{{x|}}}]' });
  assert.equal(wiki.expand('{{Wrap|from parent}}'), 'from parent');
  assert.equal(wiki.expand('{{#invoke:Test|tpl}}'), '[a|b]');
  assert.equal(wiki.expand('{{#invoke:Test|pre}}'), '[q|]');
  assert.equal(wiki.expand('{{#invoke:Test|pf}}'), 'yes');
});

test('mw.loadData returns the module data read-only, with a working length', () => {
  assert.equal(luaWiki(modules).expand('{{#invoke:Test|data}}'), 'b3');
  assert.match(runLua(`local d = mw.loadData('Module:Data') d.x = 1`, { 'Module:Data': 'return {}' }), /read-only/);
});

test('errors render as script errors with the tracking category; the page goes on', () => {
  const wiki = luaWiki(modules);
  const ctx = wiki.context();
  const out = ctx.replaceVariables('a {{#invoke:Test|err}} b {{#invoke:Test|nope}} {{#invoke:Missing|x}}');
  assert.equal(out, 'a <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-0">Lua error in Module:Test at line 9: boom.</span></strong> b '
    + '<strong class="error"><span class="scribunto-error" id="mw-scribunto-error-1">Script error: The function &quot;nope&quot; does not exist.</span></strong> '
    + '<strong class="error"><span class="scribunto-error" id="mw-scribunto-error-2">Script error: No such module &quot;Missing&quot;.</span></strong>');
  assert.ok(ctx.output.categories.has('Pages_with_script_errors'));
});

test('an infinite loop stops at the CPU limit, even inside pcall', () => {
  const wiki = luaWiki(modules);
  const start = Date.now();
  const out = wiki.expand('{{#invoke:Test|loop}}|{{#invoke:Test|pcallLoop}}', { limits: { luaCpuSeconds: 0.3 } } as never);
  assert.match(out, /The time allocated for running scripts has expired\..*\|.*The time allocated/);
  assert.ok(Date.now() - start < 5000);
});

test('a memory bomb fails with an error, the VM stays usable', { timeout: 60_000 }, () => {
  const wiki = luaWiki(modules);
  const out = wiki.expand('{{#invoke:Test|mem}} {{#invoke:Test|echo|still}}', { limits: { luaMemoryBytes: 8 * 1024 * 1024 } } as never);
  assert.match(out, /not enough memory/);
  assert.match(out, /still$/);
});

test('forged strip markers are removed from module output; real ones pass', () => {
  const wiki = luaWiki(modules);
  assert.equal(wiki.expand('{{#invoke:Test|forge}}'), 'x');
  assert.equal(wiki.expand('{{#invoke:Test|echo|<nowiki>[[n]]</nowiki>}}'), '[[n]]');
});

test('each #invoke gets fresh globals', () => {
  const wiki = luaWiki({ G: `local p = {} function p.f() g = (g or 0) + 1 return g end return p` });
  assert.equal(wiki.expand('{{#invoke:G|f}}{{#invoke:G|f}}'), '11');
});

test('an exception in a host callback reaches Lua as a message string, not an opaque object', () => {
  const callbacks = hostCallbacks({ session: null });
  assert.throws(() => (callbacks.getArg as (id: number, name: string) => unknown)(1, 'x'), (err: unknown) => err === 'Lua VM used outside a parse');
});

test('a parse limit hit inside a callback unwinds Lua past pcall and fails the parse', () => {
  const wiki = luaWiki({ Slow: `local p = {} function p.f(frame) while true do pcall(frame.preprocess, frame, '{{Sub|x}}') end end return p` }, { 'Template:Sub': '[{{{1}}}]' });
  assert.throws(() => wiki.expand('{{#invoke:Slow|f}}', { limits: { wallClockMs: 50 } as never }), LimitExceededError);
});
