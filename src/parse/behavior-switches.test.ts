import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWiki } from '../preprocess/test-env.ts';
import { behaviorSwitches } from './behavior-switches.ts';
import { TOC_POSITION_MARKER } from './block/format-headings.ts';

const wiki = testWiki();

test('switches are removed and recorded; the first __TOC__ marks the TOC position', () => {
  const ctx = wiki.context();
  const out = behaviorSwitches.run('a__NOTOC__b __toc__ c__TOC__d__HIDDENCAT__ __hiddencat__', ctx);
  assert.equal(out, `ab ${TOC_POSITION_MARKER} cd __hiddencat__`);
  assert.deepEqual([...ctx.output.properties.keys()].sort(), ['hiddencat', 'toc']);
});

test('__NOTOC__ alone turns the TOC off', () => {
  const ctx = wiki.context();
  assert.equal(behaviorSwitches.run('x __NoToc__ __FORCETOC__ __NOEDITSECTION__', ctx), 'x   ');
  assert.deepEqual([...ctx.output.properties.keys()].sort(), ['forcetoc', 'noeditsection', 'notoc']);
});

test('__NEWSECTIONLINK__ and __NONEWSECTIONLINK__ set output flags', () => {
  const ctx = wiki.context();
  behaviorSwitches.run('__NEWSECTIONLINK__ __NONEWSECTIONLINK__', ctx);
  assert.deepEqual([...ctx.output.flags].sort(), ['mw-HideNewSection', 'mw-NewSection']);
});
