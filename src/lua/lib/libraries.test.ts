import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from '../test-wiki.ts';

test('mw.ustring works on code points', () => {
  assert.equal(runLua(`return mw.ustring.len('日本語') .. mw.ustring.sub('日本語', 2, 3) .. mw.ustring.upper('éa')`), '3本語ÉA');
  assert.equal(runLua(`return mw.ustring.match('価格: 120円', '(%d+)円') .. (mw.ustring.gsub('あいう', '.', '[%0]'))`), '120[あ][い][う]');
  assert.equal(runLua(`return mw.ustring.find('aé日b', '日') .. '|' .. tostring(mw.ustring.find('aé 日b', '[^%a]'))`), '3|3');
});

test('mw.text splits, trims, encodes and builds tags', () => {
  assert.equal(runLua(`return table.concat(mw.text.split('a, b,c', '%s*,%s*'), '|') .. mw.text.trim('  x ')`), 'a|b|cx');
  assert.equal(runLua(`return mw.text.encode('<a & "b">') .. mw.text.nowiki('[[x]]')`), '&lt;a &amp; &quot;b&quot;&gt;&#91;&#91;x&#93;&#93;');
  assert.equal(runLua(`return mw.text.listToText({'a', 'b', 'c'}) .. mw.text.jsonEncode({1, 2})`), 'a, b and c[1,2]');
});

test('mw.html builds elements', () => {
  assert.equal(runLua(`return tostring(mw.html.create('div'):addClass('a'):css('color', 'red'):tag('br'):done():wikitext('x'))`),
    '<div class="a" style="color:red"><br />x</div>');
});

test('mw.title, mw.site, mw.language and mw.uri', () => {
  const pages = { 'Template:Exists': 'x' };
  assert.equal(runLua(`local t = mw.title.new('Exists', 'Template') return t.prefixedText .. tostring(t.exists) .. tostring(mw.title.new('Nope').exists) .. t.nsText`, pages),
    'Template:Existstruefalse' + 'Template');
  assert.equal(runLua(`return mw.title.getCurrentTitle().text .. mw.site.namespaces[10].name .. mw.language.getContentLanguage():formatNum(1234567.5)`), 'Test pageTemplate1,234,567.5');
  assert.equal(runLua(`return mw.uri.encode('a b&c') .. mw.uri.encode('a b', 'WIKI')`), 'a+b%26ca_b');
  assert.equal(runLua(`return mw.title.new('Exists', 'Template'):getContent()`, pages), 'x');
});

test('mw.uri objects keep the query order, derive their fields and print as built', () => {
  assert.equal(runLua(`return tostring(mw.uri.fullUrl('Module:A/B', {action = 'edit'}))`),
    'http://localhost:8080/index.php?title=Module%3AA%2FB&action=edit');
  assert.equal(runLua(`local u = mw.uri.new('https://u:p@host:8080/p/a?z=1&a=2&z=3&flag#frag')
    return u.protocol .. '|' .. u.userInfo .. '|' .. u.hostPort .. '|' .. u.path .. '|' .. table.concat(u.query.z, ',') .. '|' .. tostring(u.query.flag) .. '|' .. u.fragment .. '|' .. tostring(u)`),
    'https|u:p|host:8080|/p/a|1,3|false|frag|https://u:p@host:8080/p/a?z=1&z=3&a=2&flag#frag');
  assert.equal(runLua(`local u = mw.uri.new('//h/x') u:extend({b = 1}) u.query.a = 'x y' u.relativePath = u.relativePath .. '#f' return tostring(u) .. mw.uri.encode('a b', 'PATH')`),
    '//h/x?b=1&a=x+y#fa%20b');
});

test('mw.html leaves strip markers in attribute values whole, so the parser unstrips them', () => {
  assert.equal(runLua(`return tostring(mw.html.create('div'):css('color', frame.args[1]):attr('title', '"q"'))`.replace('frame.args[1]', `mw.getCurrentFrame():preprocess('<nowiki>#ff0000</nowiki>')`)),
    '<div title="&quot;q&quot;" style="color:#ff0000"></div>');
});
