import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleQuery } from './title-completion.ts';

test('link titles: main namespace, or the namespace typed before the colon', () => {
  assert.deepEqual(titleQuery('see [[Mira Ka'), { namespace: 0, prefix: 'Mira Ka', keep: '', template: false });
  assert.deepEqual(titleQuery('[[Category:Char'), { namespace: 14, prefix: 'Char', keep: 'Category:', template: false });
  assert.deepEqual(titleQuery('[[:File:A'), { namespace: 6, prefix: 'A', keep: ':File:', template: false });
  assert.deepEqual(titleQuery('[[Unknown:A'), { namespace: 0, prefix: 'Unknown:A', keep: '', template: false });
});

test('template names: the Template namespace; parser functions and magic words are not completed', () => {
  assert.deepEqual(titleQuery('{{Info'), { namespace: 10, prefix: 'Info', keep: '', template: true });
  assert.deepEqual(titleQuery('{{:Main'), { namespace: 0, prefix: 'Main', keep: ':', template: true });
  assert.equal(titleQuery('{{#if:'), null);
  assert.equal(titleQuery('{{DISPLAYTITLE:x'), null);
  assert.equal(titleQuery('{{{param'), null);
});

test('nothing outside a link target or template name', () => {
  assert.equal(titleQuery('[[Page|text'), null);
  assert.equal(titleQuery('[[Page]] more'), null);
  assert.equal(titleQuery('{{T|arg'), null);
  assert.equal(titleQuery('plain'), null);
});
