import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeableGroups, effectivePermissions, rightsForGroups } from './group-permissions.ts';
import { rightsWithGrants } from './grants.ts';

test("MediaWiki's defaults: anonymous visitors edit, sysops delete, bots have bot rights", () => {
  const p = effectivePermissions(undefined);
  const anon = rightsForGroups(p, []);
  for (const r of ['read', 'edit', 'createpage', 'createtalk', 'createaccount']) assert.ok(anon.includes(r), r);
  assert.ok(!anon.includes('delete'));
  assert.ok(!rightsForGroups(p, ['user', 'autoconfirmed']).includes('delete'));
  const sysop = rightsForGroups(p, ['user', 'autoconfirmed', 'sysop']);
  for (const r of ['delete', 'undelete', 'protect', 'editprotected', 'rollback', 'move', 'apihighlimits']) assert.ok(sysop.includes(r), r);
  assert.ok(rightsForGroups(p, ['bot']).includes('bot'));
  assert.ok(rightsForGroups(p, ['bureaucrat']).includes('userrights'));
});

test('settings change rights one by one, keeping the other defaults', () => {
  const p = effectivePermissions({ '*': { edit: false }, editor: { delete: true } });
  const anon = rightsForGroups(p, []);
  assert.ok(!anon.includes('edit'));
  assert.ok(anon.includes('read'));
  assert.ok(rightsForGroups(p, ['editor']).includes('delete'));
  assert.ok(rightsForGroups(effectivePermissions(undefined), []).includes('edit'));
});

test('userrights changes every group; wgAddGroups and wgRemoveGroups name others', () => {
  const p = effectivePermissions(undefined);
  const all = changeableGroups(p, ['bureaucrat'], ['userrights']);
  assert.ok(all.add.includes('sysop') && all.add.includes('bot') && !all.add.includes('user'));
  assert.deepEqual(changeableGroups(p, ['sysop'], ['delete']), { add: [], remove: [] });
  assert.deepEqual(changeableGroups(p, ['sysop'], ['delete'], { sysop: ['bot'] }, { sysop: ['bot', 'nonexistent'] }), { add: ['bot'], remove: ['bot'] });
});

test("a bot password's grants keep only those of the user's rights", () => {
  const rights = ['read', 'edit', 'delete', 'createpage', 'bot'];
  assert.deepEqual(rightsWithGrants(rights, []), ['read']);
  assert.deepEqual(rightsWithGrants(rights, ['editpage', 'createeditmovepage']), ['read', 'edit', 'createpage']);
  assert.deepEqual(rightsWithGrants(['read'], ['delete']), ['read']);
});
