import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DumpTitles } from './dump-title.ts';

const titles = new DumpTitles([
  { id: 0, name: '' },
  { id: 4, name: 'Putin-P Series Wiki' },
  { id: 110, name: 'Forum' },
  { id: 1200, name: 'Wiki', case: 'case-sensitive' },
]);
const split = (title: string, ns?: number) => titles.split({ title, ns, revisions: [], line: 1 });

test('titles are split by the dump namespace table', () => {
  assert.deepEqual(split('Kagamine Len', 0), { ns: 0, dbKey: 'Kagamine_Len' });
  assert.deepEqual(split('Putin-P Series Wiki:About us', 4), { ns: 4, dbKey: 'About_us' });
  assert.deepEqual(split('Forum:Rules: read first', 110), { ns: 110, dbKey: 'Rules:_read_first' });
  assert.deepEqual(split('Project:Alias', 4), { ns: 4, dbKey: 'Alias' });
  assert.deepEqual(split('forum:Old', undefined), { ns: 110, dbKey: 'Old' });
  assert.deepEqual(split('Note: a main page', undefined), { ns: 0, dbKey: 'Note:_a_main_page' });
});

test('first letters are capitalised unless the namespace is case-sensitive', () => {
  assert.deepEqual(split('Forum:lower', 110), { ns: 110, dbKey: 'Lower' });
  assert.deepEqual(split('Wiki:iPhone', 1200), { ns: 1200, dbKey: 'iPhone' });
});

test('bad titles are reported', () => {
  assert.match((split('Plain', 110) as { error: string }).error, /lacks the prefix of namespace 110/);
  assert.match((split('Forum:', 110) as { error: string }).error, /empty title/);
});
