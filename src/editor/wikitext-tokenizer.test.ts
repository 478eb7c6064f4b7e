import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringStream } from '@codemirror/language';
import { wikitextParser } from './wikitext-tokenizer.ts';

/** Each line's spans as [text, token names]. */
function tokenize(text: string): [string, string | null][][] {
  const state = wikitextParser.startState!(4);
  return text.split('\n').map((line) => {
    if (line === '') {
      wikitextParser.blankLine?.(state, 4);
      return [];
    }
    const stream = new StringStream(line, 4, 2);
    const spans: [string, string | null][] = [];
    while (!stream.eol()) {
      const token = wikitextParser.token(stream, state);
      assert.ok(stream.pos > stream.start, `no progress at ${stream.pos} in ${JSON.stringify(line)}`);
      spans.push([stream.current(), token]);
      stream.start = stream.pos;
    }
    return spans;
  });
}

function tokenOf(text: string, span: string, line = 0): string | null | undefined {
  return tokenize(text)[line].find(([t]) => t === span)?.[1];
}

test('headings: markers and title', () => {
  assert.deepEqual(tokenize('== Plot =='), [[['==', 'heading heading-marker'], [' Plot ', 'heading'], ['==', 'heading heading-marker']]]);
  assert.equal(tokenOf('== a == b', '=='), undefined);
});

test('bold and italic toggle with quote runs and end at the line end', () => {
  const [line1, line2] = tokenize("'''bold''' ''it'' '''''both'''''\nplain");
  assert.deepEqual(line1.slice(0, 3), [["'''", 'quote'], ['bold', 'strong'], ["'''", 'quote']]);
  assert.deepEqual(line1.find(([t]) => t === 'it'), ['it', 'em']);
  assert.deepEqual(line1.find(([t]) => t === 'both'), ['both', 'strong em']);
  assert.deepEqual(tokenize("'''open\nnext")[1], [['next', null]]);
  assert.deepEqual(line2, [['plain', null]]);
});

test('internal links: target, pipe and text', () => {
  assert.deepEqual(tokenize('[[Main Page|home]]')[0], [
    ['[[', 'link link-bracket'], ['Main Page', 'link link-target'], ['|', 'link link-delimiter'], ['home', 'link link-text'], [']]', 'link link-bracket'],
  ]);
});

test('templates nest, with names, named arguments and parser functions', () => {
  assert.deepEqual(tokenize('{{Infobox|name={{PAGENAME}}|x}}')[0], [
    ['{{', 'template template-bracket'], ['Infobox', 'template template-name'], ['|', 'template template-delimiter'],
    ['name=', 'template template-arg-name'], ['{{', 'template template-bracket'], ['PAGENAME', 'template template-name'],
    ['}}', 'template template-bracket'], ['|', 'template template-delimiter'], ['x', 'template template-text'], ['}}', 'template template-bracket'],
  ]);
  assert.equal(tokenOf('{{#if: a | b }}', '#if:'), 'template parser-function');
  const lines = tokenize('{{T\n|a=1\n}} after');
  assert.deepEqual(lines[1][1], ['a=', 'template template-arg-name']);
  assert.deepEqual(lines[2], [['}}', 'template template-bracket'], [' after', null]]);
});

test('template parameters with defaults', () => {
  assert.deepEqual(tokenize('{{{1|none}}}')[0], [
    ['{{{', 'param param-bracket'], ['1', 'param param-name'], ['|', 'param param-delimiter'], ['none', 'param param-text'], ['}}}', 'param param-bracket'],
  ]);
  assert.equal(tokenOf('{{T|{{{x}}}}}', '}}}'), 'param param-bracket');
});

test('extension tags; nowiki bodies are not wikitext', () => {
  const [line] = tokenize('<ref name="a">[https://example.org x]</ref><gallery>');
  assert.deepEqual(line[0], ['<ref name="a">', 'extension-tag']);
  assert.deepEqual(line[2], ['https://example.org', 'extlink extlink-url']);
  assert.deepEqual(line.at(-2), ['</ref>', 'extension-tag']);
  assert.deepEqual(line.at(-1), ['<gallery>', 'extension-tag']);
  assert.equal(tokenOf('<infobox><title source="name"/></infobox>', '<infobox>'), 'extension-tag');
  assert.equal(tokenOf('<div class="x">', '<div class="x">'), 'html-tag');
  const nowiki = tokenize('<nowiki>{{not}}\n[[a]]</nowiki> {{T}}');
  assert.deepEqual(nowiki[0], [['<nowiki>', 'extension-tag'], ['{{not}}', 'nowiki']]);
  assert.deepEqual(nowiki[1].slice(0, 2), [['[[a]]', 'nowiki'], ['</nowiki>', 'extension-tag']]);
  assert.equal(nowiki[1][3][1], 'template template-bracket');
});

test('comments span lines', () => {
  const lines = tokenize('a <!-- {{x}}\nstill --> {{y}}');
  assert.deepEqual(lines[0][1], ['<!-- {{x}}', 'comment']);
  assert.deepEqual(lines[1][0], ['still -->', 'comment']);
  assert.equal(lines[1][2][1], 'template template-bracket');
});

test('tables, lists, rules, magic words, signatures and entities', () => {
  const lines = tokenize('{| class="wikitable"\n|-\n! h !! i\n| a || b\n|}\n* one\n#: two\n----\n__TOC__ ~~~~ &amp;');
  assert.equal(lines[0][0][1], 'table table-delimiter');
  assert.equal(lines[1][0][1], 'table table-delimiter');
  assert.equal(lines[2].find(([t]) => t === '!!')?.[1], 'table table-delimiter');
  assert.equal(lines[3].find(([t]) => t === '||')?.[1], 'table table-delimiter');
  assert.equal(lines[4][0][1], 'table table-delimiter');
  assert.deepEqual(lines[5][0], ['*', 'list']);
  assert.deepEqual(lines[6][0], ['#:', 'list']);
  assert.deepEqual(lines[7][0], ['----', 'hr']);
  assert.deepEqual(lines[8].filter(([, t]) => t).map(([, t]) => t), ['magic-word', 'signature', 'entity']);
  assert.equal(tokenOf('a || b', '||'), undefined);
});

test('unclosed and stray brackets never stall the tokenizer', () => {
  for (const text of ['{{', '}}}}', '[[a|', ']] ]', '<', '<ref', "''''", '{{{{{', '[http://x', '= =', '&', '~~', '|}', '{|\n||']) tokenize(text);
});
