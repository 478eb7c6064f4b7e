import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preprocessToDom } from './preprocess-to-dom.ts';
import type { PPChild } from './pp-node.ts';

const dom = (text: string, forInclusion = false) => preprocessToDom(text, { forInclusion, tagNames: ['nowiki', 'pre', 'ref'] }).children;

/** A compact rendering of the tree for assertions. */
function show(nodes: readonly PPChild[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return JSON.stringify(n);
      switch (n.type) {
        case 'template':
        case 'tplarg':
          return `${n.type}(${show(n.title)}${n.parts.map((p) => `|${p.name ? `${show(p.name)}=` : `#${p.index}:`}${show(p.value)}`).join('')})`;
        case 'comment':
        case 'ignore':
          return `${n.type}(${JSON.stringify(n.text)})`;
        case 'ext':
          return `ext(${n.name},${JSON.stringify(n.attr)},${JSON.stringify(n.inner)})`;
        case 'h':
        case 'possible-h':
          return `${n.type}${n.level}#${n.index}(${show(n.children)})`;
        default:
          return n.type;
      }
    })
    .join(' ');
}

test('templates, arguments and parts', () => {
  assert.equal(show(dom('{{a|b|c=d}}')), 'template("a"|#1:"b"|"c"="d")');
  assert.equal(show(dom('{{{x|y}}}')), 'tplarg("x"|#1:"y")');
  assert.equal(show(dom('{{a|[[b|c]]}}')), 'template("a"|#1:"[[b|c]]")');
  assert.equal(show(dom('{{a|b=c=d}}')), 'template("a"|"b"="c=d")');
});

test('brace counting as MediaWiki does', () => {
  assert.equal(show(dom('{{{{{x}}}}}')), 'template(tplarg("x"))');
  assert.equal(show(dom('{{{{x}}}}')), '"{" tplarg("x") "}"');
  assert.equal(show(dom('{{x}}}')), 'template("x") "}"');
  assert.equal(show(dom('{{{x}}')), '"{" template("x")');
  assert.equal(show(dom('{{a|{{b}}')), '"{{a|" template("b")');
  assert.equal(show(dom('{x}')), '"{x}"');
});

test('comments eat their line when alone on it', () => {
  assert.equal(show(dom('a\n<!-- c -->\nb')), '"a\\n" comment("<!-- c -->\\n") "b"');
  assert.equal(show(dom('a <!-- c --> b')), '"a " comment("<!-- c -->") " b"');
  assert.equal(show(dom('a<!-- open')), '"a" comment("<!-- open")');
});

test('includeonly, noinclude and onlyinclude', () => {
  assert.equal(show(dom('a<includeonly>b</includeonly>c')), '"a" ignore("<includeonly>b</includeonly>") "c"');
  assert.equal(show(dom('a<noinclude>b</noinclude>c')), '"a" ignore("<noinclude>") "b" ignore("</noinclude>") "c"');
  assert.equal(show(dom('a<noinclude>b</noinclude>c', true)), '"a" ignore("<noinclude>b</noinclude>") "c"');
  assert.equal(show(dom('a<onlyinclude>b</onlyinclude>c', true)), 'ignore("a<onlyinclude>") "b" ignore("</onlyinclude>c")');
});

test('extension tags: content, self-closing, unclosed', () => {
  assert.equal(show(dom('<nowiki a="1">{{x}}</nowiki>')), 'ext(nowiki," a=\\"1\\"","{{x}}")');
  assert.equal(show(dom('<ref name=x />')), 'ext(ref," name=x ",null)');
  assert.equal(show(dom('<nowiki>{{x}}')), '"<nowiki>" template("x")');
  assert.equal(show(dom('<NoWiki>x</nowiki>')), 'ext(NoWiki,"","x")');
});

test('headings at the root', () => {
  assert.equal(show(dom('== a ==\nb')), 'h2#1("== a ==") "\\nb"');
  assert.equal(show(dom('x\n=a==\n')), '"x\\n" h1#1("=a==") "\\n"');
  assert.equal(show(dom('{{a|\n== b ==\n}}')), 'template("a"|#1:"\\n" possible-h2#1("== b ==") "\\n")');
});

test('the node limit stops huge trees', () => {
  assert.throws(() => preprocessToDom('{{a}}'.repeat(100), { forInclusion: false, tagNames: [], maxNodes: 50 }), /node count/);
});
