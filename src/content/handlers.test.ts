import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { ContentValidationError } from './content-handler.ts';

const brokenModule = 'local p = {}\n\nfunction p.main(frame)\n  return "x" ..\nend\n\nreturn p\n';

test('a module page shows its doc page above the highlighted, numbered source', withTestWiki((wiki) => {
  wiki.save({ title: 'Module:Greet', text: 'local p = {}\nfunction p.hi() return "hi" end\nreturn p' });
  wiki.save({ title: 'Module:Greet/doc', text: "Says '''hello'''.[[Category:Greeting modules]]" });
  const view = wiki.getPage('Module:Greet')!;
  assert.equal(view.revision.model, 'Scribunto');
  const out = wiki.render(view);
  const docAt = out.html.indexOf('Says <b>hello</b>.');
  const ruleAt = out.html.indexOf('<hr />');
  const codeAt = out.html.indexOf('<div class="mw-highlight mw-highlight-lang-lua mw-content-ltr mw-highlight-lines" dir="ltr">');
  assert.ok(docAt >= 0 && ruleAt > docAt && codeAt > ruleAt, out.html);
  assert.match(out.html, /<span id="L-1"><span class="linenos" data-line="1"><\/span><span class="k">local<\/span> p/);
  assert.match(out.html, /<span id="L-3"><span class="linenos" data-line="3"><\/span><span class="k">return<\/span> p\n<\/span>/);
  assert.ok(out.templates.has('828:Greet/doc'), 'the doc page is a transclusion');
  assert.ok(out.categories.has('Greeting_modules'), 'the doc page categorises the module');
}));

test('a module without a doc page links to where it may be created', withTestWiki((wiki) => {
  wiki.save({ title: 'Module:Lonely', text: 'return {}' });
  const out = wiki.render(wiki.getPage('Module:Lonely')!);
  assert.match(out.html, /<i>Documentation for this module may be created at <a href="[^"]*Module:Lonely\/doc[^"]*" class="new" title="Module:Lonely\/doc \(page does not exist\)">Module:Lonely\/doc<\/a><\/i>/);
  assert.equal(out.templates.get('828:Lonely/doc')?.revisionId, 0);
}));

test('a wiki can replace the doc box with its own MediaWiki:Scribunto-doc-page-show', withTestWiki((wiki) => {
  wiki.save({ title: 'MediaWiki:Scribunto-doc-page-show', text: '<div class="doc-box">{{$1}}</div>' });
  wiki.save({ title: 'Module:Boxed/doc', text: 'Docs here.' });
  wiki.save({ title: 'Module:Boxed', text: 'return {}' });
  assert.match(wiki.render(wiki.getPage('Module:Boxed')!).html, /<div class="doc-box">Docs here\.\n?<\/div>/);
}));

test('a module with a syntax error is refused unless the editor allows saving it; its page shows the error', withTestWiki((wiki) => {
  assert.throws(() => wiki.save({ title: 'Module:Broken', text: brokenModule }), (e: unknown) => {
    assert.ok(e instanceof ContentValidationError);
    assert.equal(e.problem.line, 5);
    assert.equal(e.problem.confirmable, true);
    assert.equal(e.message, "Script error: Lua error in Module:Broken at line 5: unexpected symbol near 'end'.");
    return true;
  });
  assert.equal(wiki.getPage('Module:Broken'), null);
  wiki.save({ title: 'Module:Broken', text: brokenModule, ignoreScriptErrors: true });
  const out = wiki.render(wiki.getPage('Module:Broken')!);
  assert.match(out.html, /<div class="errorbox">Script error: Lua error in Module:Broken at line 5: unexpected symbol near 'end'\.<\/div>/);
  assert.ok(out.categories.has('Scribunto_modules_with_errors'));
  wiki.save({ title: 'Module:Broken', text: 'return {}' });
  assert.ok(!wiki.render(wiki.getPage('Module:Broken')!).html.includes('errorbox'));
}));

test('Lua 5.1 source the rewrite accepts (escapes 5.4 rejects) compiles', withTestWiki((wiki) => {
  wiki.save({ title: 'Module:Old', text: 'return { s = "a\\qb" }' });
  assert.equal(wiki.getPage('Module:Old')?.revision.model, 'Scribunto');
}));

test('JSON pages: invalid JSON is refused with its line, valid JSON is shown pretty-printed and highlighted', withTestWiki((wiki) => {
  assert.throws(() => wiki.save({ title: 'MediaWiki:Settings.json', text: '{\n  "a": 1,\n  "b": \n}' }), (e: unknown) => {
    assert.ok(e instanceof ContentValidationError);
    assert.equal(e.code, 'invalid-json-data');
    assert.equal(e.problem.confirmable, false);
    assert.match(e.message, /^Invalid JSON data: Syntax error, malformed JSON \(line 4\)\.$/);
    return true;
  });
  assert.throws(() => wiki.save({ title: 'MediaWiki:Settings.json', text: '{"a":1}', ignoreScriptErrors: true }) && wiki.save({ title: 'MediaWiki:Settings.json', text: '{', ignoreScriptErrors: true }), ContentValidationError);
  const view = wiki.getPage('MediaWiki:Settings.json')!;
  assert.equal(view.revision.model, 'json');
  const html = wiki.render(view).html;
  assert.match(html, /^<div class="mw-highlight mw-highlight-lang-json mw-content-ltr mw-highlight-lines" dir="ltr">/);
  assert.match(html, /<span id="L-2"><span class="linenos" data-line="2"><\/span> {4}<span class="na">&quot;a&quot;<\/span><span class="p">:<\/span> <span class="m">1<\/span>\n<\/span>/);
}));

test('CSS and JavaScript pages are highlighted source; their wikitext links and categories still count', withTestWiki((wiki) => {
  wiki.save({ title: 'MediaWiki:Common.css', text: '/* [[Category:Site styles]] */\n.infobox { color: red; }' });
  wiki.save({ title: 'MediaWiki:Common.js', text: "// [[Main Page]]\nvar x = '<b>';" });
  const css = wiki.render(wiki.getPage('MediaWiki:Common.css')!);
  assert.match(css.html, /^<div class="mw-highlight mw-highlight-lang-css mw-content-ltr mw-highlight-lines" dir="ltr"><pre>/);
  assert.ok(css.categories.has('Site_styles'));
  const js = wiki.render(wiki.getPage('MediaWiki:Common.js')!);
  assert.match(js.html, /mw-highlight-lang-javascript/);
  assert.match(js.html, /&#39;&lt;b&gt;&#39;/);
  assert.ok(!js.html.includes('<b>'));
  assert.ok(js.links.has('0:Main_Page'));
}));

test('text pages are escaped text; a page keeps its model when edited', withTestWiki((wiki) => {
  wiki.save({ title: 'Notes', text: 'a <b> & [[link]]', model: 'text' });
  wiki.save({ title: 'Notes', text: 'b <i> & [[link]] ~~~~' });
  const view = wiki.getPage('Notes')!;
  assert.equal(view.revision.model, 'text');
  assert.equal(view.revision.text, 'b <i> & [[link]] ~~~~', 'no pre-save transform outside wikitext');
  assert.equal(wiki.render(view).html, 'b &lt;i&gt; &amp; [[link]] ~~~~');
}));
