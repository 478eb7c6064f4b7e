import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preSaveTransform } from './pre-save-transform.ts';
import { testWiki } from './test-env.ts';

const wiki = testWiki({
  'Template:Greet': 'Hello {{{1}}}<includeonly>!</includeonly>{{Other}}<!-- c -->',
});
const pst = (text: string, title = 'Test page') =>
  preSaveTransform(text, wiki.context({ pst: true, title: wiki.titles.parseOrThrow(title) }), 'Alice');

test('subst: expands, plain templates and comments stay', () => {
  assert.equal(pst('{{subst:Greet|you}} {{Greet|x}} <!-- keep -->'), 'Hello you!{{Other}}<!-- c --> {{Greet|x}} <!-- keep -->');
  assert.equal(pst('{{safesubst:Greet|me}}'), 'Hello me!{{Other}}<!-- c -->');
});

test('signatures', () => {
  assert.equal(pst('~~~'), '[[User:Alice|Alice]] ([[User talk:Alice|talk]])');
  assert.equal(pst('~~~~~'), '05:06, 4 March 2021 (UTC)');
  assert.equal(pst('x ~~~~'), 'x [[User:Alice|Alice]] ([[User talk:Alice|talk]]) 05:06, 4 March 2021 (UTC)');
});

test('pipe tricks', () => {
  assert.equal(pst('[[Foo (bar)|]] [[Help:Foo, baz|]] [[:A|]]'), '[[Foo (bar)|Foo]] [[Help:Foo, baz|Foo]] [[:A|A]]');
  assert.equal(pst('[[|Other]]', 'Page (context)'), '[[Other (context)|Other]]');
  assert.equal(pst('[[|Other (x)]]', 'Page'), '[[Other (x)]]');
});

test('line endings and trailing space', () => {
  assert.equal(pst('a\r\nb  \n\n'), 'a\nb');
});
