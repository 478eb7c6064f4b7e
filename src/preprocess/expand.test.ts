import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWiki } from './test-env.ts';

const wiki = testWiki({
  'Template:Echo': '{{{1}}}',
  'Template:Args': '[{{{1|d1}}}][{{{name|dn}}}][{{{2}}}]',
  'Template:Loop': 'x{{Loop}}',
  'Template:Inc': 'a<noinclude>N</noinclude><includeonly>I</includeonly>b',
  'Template:Only': 'x<onlyinclude>O</onlyinclude>y',
  'Template:Redir': '#REDIRECT [[Template:Echo]]',
  'Template:Table': '{|\n|a\n|}',
  'Template:Markup': "''it'' [[x]]",
  'Test page/Sub': 'subpage',
  'Plain': 'plain page',
  'Template:Nest': '{{Echo|{{{1}}}}}',
  'Template:Big': 'x'.repeat(50),
});

test('template arguments: positional kept, named trimmed, defaults', () => {
  assert.equal(wiki.expand('{{Args| a | name = b }}'), '[ a ][b][{{{2}}}]');
  assert.equal(wiki.expand('{{Args}}'), '[d1][dn][{{{2}}}]');
  assert.equal(wiki.expand('{{Args|1=x|y}}'), '[y][dn][{{{2}}}]');
  assert.equal(wiki.expand('{{Args|y|1= x }}'), '[x][dn][{{{2}}}]');
  assert.equal(wiki.expand('{{{1|{{{2|deep}}}}}}'), 'deep');
});

test('transclusion: namespaces, redirects, subpages, missing pages', () => {
  assert.equal(wiki.expand('{{:Plain}}'), 'plain page');
  assert.equal(wiki.expand('{{Redir|via}}'), 'via');
  assert.equal(wiki.expand('{{/Sub}}'), '{{/Sub}}'.replace('{{/Sub}}', '[[:Template:/Sub]]'));
  assert.equal(wiki.expand('{{Missing}}'), '[[:Template:Missing]]');
  assert.equal(wiki.expand('{{a[b}}'), '{{a[b}}');
  const ctx = wiki.context();
  ctx.replaceVariables('{{Redir|x}}{{Missing}}');
  assert.deepEqual([...ctx.output.templates.keys()].sort(), ['10:Echo', '10:Missing', '10:Redir']);
});

test('noinclude, includeonly and onlyinclude', () => {
  assert.equal(wiki.expand('{{Inc}}'), 'aIb');
  assert.equal(wiki.expand('a<noinclude>N</noinclude><includeonly>I</includeonly>b'), 'aNb');
  assert.equal(wiki.expand('{{Only}}'), 'O');
});

test('template loops and depth are reported as MediaWiki does', () => {
  const ctx = wiki.context();
  const out = ctx.replaceVariables('{{Loop}}');
  assert.equal(out, 'x<span class="error">Template loop detected: [[Template:Loop]]</span>');
  assert.ok(ctx.output.categories.has('Pages_with_template_loops'));
  assert.equal(wiki.expand('{{Nest|x}}', { limits: { maxTemplateDepth: 2 } }), 'x');
  const shallow = wiki.expand('{{Nest|x}}', { limits: { maxTemplateDepth: 1 } });
  assert.match(shallow, /Template recursion depth limit exceeded \(1\)/);
});

test('subst: stays literal on a view; safesubst: is expanded', () => {
  assert.equal(wiki.expand('{{subst:Echo|x}}'), '{{subst:Echo|x}}');
  assert.equal(wiki.expand('{{safesubst:Echo|x}}'), 'x');
});

test('msgnw: shows the source escaped', () => {
  assert.equal(wiki.expand('{{msgnw:Markup}}'), '&#39;&#39;it&#39;&#39; &#91;&#91;x&#93;&#93;');
});

test('a template starting with block syntax starts a new line', () => {
  assert.equal(wiki.expand('x{{Table}}'), 'x\n{|\n|a\n|}');
  assert.equal(wiki.expand('a\n{{Table}}'), 'a\n{|\n|a\n|}');
});

test('comments are removed, nowiki is protected', () => {
  assert.equal(wiki.expand('a<!-- x -->b'), 'ab');
  assert.equal(wiki.expand('<nowiki>{{Echo|x}} <b></nowiki>'), '{{Echo|x}} &lt;b&gt;');
  assert.equal(wiki.expand('<pre class="c" onclick="x">a<b</pre>'), '<pre class="c">a&lt;b</pre>');
  assert.equal(wiki.expand('<nowiki/>'), '');
});

test('include size limit omits the template', () => {
  const out = wiki.expand('{{Big}}{{Big}}', { limits: { maxIncludeSize: 60 } });
  assert.equal(out, `${'x'.repeat(50)}[[:Template:Big]]<!-- WARNING: template omitted, post-expand include size too large -->`);
});

test('a passed deadline stops expansion with an error, never a hang', () => {
  const ctx = wiki.context({ limits: { wallClockMs: -1 } });
  assert.throws(() => ctx.replaceVariables('{{Echo|x}}'.repeat(500)), /time limit/);
});
