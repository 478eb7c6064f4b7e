import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWiki } from '../../preprocess/test-env.ts';

const wiki = testWiki({ Other: 'twelve bytes' });
const saved = { id: 7, timestamp: '2019-05-06T07:08:09Z', userName: 'Alice', size: 42 };
const unsaved = { ...saved, unsaved: true };

function run(text: string, revision: typeof saved | typeof unsaved, extra: Record<string, unknown> = {}) {
  const ctx = wiki.context({ revision, ...extra });
  const out = ctx.stripState.unstripBoth(ctx.replaceVariables(text));
  return { out, flags: [...ctx.output.flags].sort().join(',') };
}

test('a saved revision shows its own timestamp and user', () => {
  assert.deepEqual(run('{{REVISIONTIMESTAMP}} {{REVISIONDAY}} {{REVISIONMONTH}} {{REVISIONYEAR}}', saved), { out: '20190506070809 6 05 2019', flags: '' });
  assert.deepEqual(run('{{REVISIONUSER}} {{REVISIONID}}', saved), { out: 'Alice 7', flags: 'vary-revision-id,vary-user' });
});

test('a revision not saved yet falls back to the parse timestamp and flags the output', () => {
  assert.deepEqual(run('{{REVISIONTIMESTAMP}}', unsaved, { timestamp: '123' }), { out: '123', flags: 'vary-revision-timestamp' });
  assert.deepEqual(run('{{REVISIONTIMESTAMP}}', unsaved), { out: '20210304050607', flags: 'vary-revision-timestamp' });
  assert.deepEqual(run('[{{REVISIONUSER}}]', unsaved), { out: '[]', flags: 'vary-user' });
  assert.deepEqual(run('[{{REVISIONUSER}}]', unsaved, { preview: true }), { out: '[Alice]', flags: 'vary-user' });
});

test('function forms read the current revision of a page; the page itself flags the output', () => {
  assert.deepEqual(run('{{REVISIONID:Test page}} {{PAGESIZE:Test page}} {{REVISIONUSER:Test page}}', saved), { out: '7 42 Alice', flags: 'vary-revision-id,vary-revision-sha1,vary-user' });
  assert.deepEqual(run('[{{REVISIONID:Test page}}]', unsaved), { out: '[]', flags: 'vary-revision-id' });
  assert.deepEqual(run('{{REVISIONID:Other}} {{PAGESIZE:Other}} [{{REVISIONID:Missing}}]', unsaved), { out: '100 12 []', flags: '' });
});
