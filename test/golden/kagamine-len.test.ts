/**
 * Our first customer page: the "Kagamine Len" article of the Putin-P series wiki, imported
 * from its dump with the reference site settings, must render as MediaWiki 1.39 does.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot, sharedDir } from '../parser-tests/files.ts';
import { compareDom } from './dom-compare.ts';
import { attr, containsTag, findElements, hasClass, visibleText, type Element } from './visible-text.ts';

const fixture = join(sharedDir, 'fixtures', 'putinp-wiki');
const kagami = join(repoRoot, 'bin', 'kagami.js');
let dataDir = '';
let html = '';

before(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kagami-putinp-'));
  const run = (...args: string[]) => execFileSync(process.execPath, [kagami, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  run('import', join(fixture, 'dump.xml'), '--data', dataDir, '--settings', join(fixture, 'settings.json'));
  html = run('render', 'Kagamine Len', '--data', dataDir);
});

after(() => rmSync(dataDir, { recursive: true, force: true }));

test('kagami render "Kagamine Len" is DOM-equivalent to MediaWiki 1.39\'s rendering', () => {
  const golden = readFileSync(join(fixture, 'Kagamine_Len.mediawiki.html'), 'utf8');
  const { equal, diff } = compareDom(golden, html);
  assert.ok(equal, `DOM differences (- MediaWiki, + Kagami):\n${diff}`);
});

test('its visible text holds every sentence readers saw, in order', () => {
  const readerText = readFileSync(join(fixture, 'Kagamine_Len.rendered.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').replace(/(\S)Edit$/, '$1').trim())
    .filter(Boolean)
    .join(' ');
  const sentences = readerText.split(/(?<=[.!?]["”]?(?:\[\d+\])*)\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // Left out, as in the scrape: the TOC, the reference list and the missing-file links.
  const missingFileLink = (el: Element) => el.tagName === 'a' && attr(el, 'href').startsWith('/wiki/File:') && !containsTag(el, 'img');
  const ours = visibleText(html, (el) => attr(el, 'id') === 'toc' || hasClass(el, 'references') || hasClass(el, 'mw-references-wrap') || missingFileLink(el));
  let from = 0;
  for (const sentence of sentences) {
    const at = ours.indexOf(sentence, from);
    assert.ok(at >= 0, `sentence not found after offset ${from}: ${JSON.stringify(sentence)}`);
    from = at + sentence.length;
  }
  assert.ok(sentences.length > 150, `only ${sentences.length} sentences read`);
});

test('it has 192 footnote markers and 192 references', () => {
  const markers = findElements(html, (el) => el.tagName === 'sup' && hasClass(el, 'reference'));
  const references = findElements(html, (el) => el.tagName === 'li' && attr(el, 'id').startsWith('cite_note-'));
  assert.equal(markers.length, 192);
  assert.equal(references.length, 192);
});
