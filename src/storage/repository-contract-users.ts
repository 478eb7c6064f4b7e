/**
 * The contract for user accounts, groups, bot passwords and sessions. Run by
 * repositoryContract for each implementation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WikiRepository } from './repository.ts';

const at = '2024-01-01T00:00:00Z';

export function repositoryUsersContract(name: string, withRepo: (fn: (repo: WikiRepository) => void) => () => void): void {
  test(`${name}: accounts are created once per name and found by name and id`, withRepo((repo) => {
    const u = repo.users.createUser({ name: 'Alice', passwordHash: 'h1', registration: at });
    assert.ok(u && u.id > 0);
    assert.deepEqual(u, { id: u.id, name: 'Alice', passwordHash: 'h1', registration: at, editCount: 0 });
    assert.equal(repo.users.createUser({ name: 'Alice', passwordHash: 'other', registration: at }), null);
    const b = repo.users.createUser({ name: 'Bob', passwordHash: 'h2', registration: at })!;
    assert.notEqual(b.id, u.id);
    assert.deepEqual(repo.users.getUserById(u.id), u);
    assert.equal(repo.users.getUserByName('alice'), null);
    repo.users.setUserPassword(u.id, 'h3');
    repo.users.incrementEditCount(u.id);
    repo.users.incrementEditCount(u.id);
    assert.deepEqual(repo.users.getUserByName('Alice'), { ...u, passwordHash: 'h3', editCount: 2 });
    assert.equal(repo.users.countUsers(), 2);
  }));

  test(`${name}: users are listed by name, from a name on and by group`, withRepo((repo) => {
    for (const n of ['Zed', 'Émile', 'Adam', 'Bea']) repo.users.createUser({ name: n, passwordHash: 'x', registration: at });
    assert.deepEqual(repo.users.listUsers({ limit: 10 }).map((u) => u.name), ['Adam', 'Bea', 'Zed', 'Émile']);
    assert.deepEqual(repo.users.listUsers({ from: 'B', limit: 2 }).map((u) => u.name), ['Bea', 'Zed']);
    const zed = repo.users.getUserByName('Zed')!;
    repo.users.addUserGroup(zed.id, 'sysop', null);
    assert.deepEqual(repo.users.listUsers({ group: 'sysop', limit: 10 }).map((u) => u.name), ['Zed']);
  }));

  test(`${name}: group memberships are added, updated, expire and are removed`, withRepo((repo) => {
    const u = repo.users.createUser({ name: 'Carol', passwordHash: 'x', registration: at })!;
    repo.users.addUserGroup(u.id, 'sysop', null);
    repo.users.addUserGroup(u.id, 'bot', '2024-02-01T00:00:00Z');
    assert.deepEqual(repo.users.getUserGroups(u.id), [{ group: 'bot', expiry: '2024-02-01T00:00:00Z' }, { group: 'sysop', expiry: null }]);
    assert.deepEqual(repo.users.getUserGroups(u.id, '2024-03-01T00:00:00Z').map((g) => g.group), ['sysop']);
    repo.users.addUserGroup(u.id, 'bot', null);
    assert.deepEqual(repo.users.getUserGroups(u.id, '2024-03-01T00:00:00Z').map((g) => g.group), ['bot', 'sysop']);
    assert.equal(repo.users.removeUserGroup(u.id, 'sysop'), true);
    assert.equal(repo.users.removeUserGroup(u.id, 'sysop'), false);
    assert.deepEqual(repo.users.getUserGroups(u.id).map((g) => g.group), ['bot']);
  }));

  test(`${name}: bot passwords are saved, replaced, listed and deleted with their sessions`, withRepo((repo) => {
    const u = repo.users.createUser({ name: 'Dora', passwordHash: 'x', registration: at })!;
    repo.users.saveBotPassword({ userId: u.id, appId: 'importer', passwordHash: 'p1', grants: ['basic', 'editpage'], created: at });
    repo.users.saveBotPassword({ userId: u.id, appId: 'archiver', passwordHash: 'p2', grants: [], created: at });
    repo.users.saveBotPassword({ userId: u.id, appId: 'importer', passwordHash: 'p3', grants: ['basic'], created: at });
    assert.deepEqual(repo.users.getBotPassword(u.id, 'importer'), { userId: u.id, appId: 'importer', passwordHash: 'p3', grants: ['basic'], created: at });
    assert.deepEqual(repo.users.listBotPasswords(u.id).map((b) => b.appId), ['archiver', 'importer']);
    repo.users.createSession({ id: 's-bot', userId: u.id, botApp: 'importer', created: at, expiry: '2099-01-01T00:00:00Z' });
    repo.users.createSession({ id: 's-main', userId: u.id, botApp: null, created: at, expiry: '2099-01-01T00:00:00Z' });
    assert.equal(repo.users.deleteBotPassword(u.id, 'importer'), true);
    assert.equal(repo.users.deleteBotPassword(u.id, 'importer'), false);
    assert.equal(repo.users.getSession('s-bot', at), null);
    assert.equal(repo.users.getSession('s-main', at)?.userId, u.id);
  }));

  test(`${name}: sessions are found until they expire, and end one by one or per user`, withRepo((repo) => {
    const u = repo.users.createUser({ name: 'Eve', passwordHash: 'x', registration: at })!;
    const s = { id: 'abc', userId: u.id, botApp: null, created: at, expiry: '2024-01-02T00:00:00Z' };
    repo.users.createSession(s);
    repo.users.createSession({ ...s, id: 'def', expiry: '2024-01-03T00:00:00Z' });
    repo.users.createSession({ ...s, id: 'ghi', expiry: '2024-01-04T00:00:00Z' });
    assert.deepEqual(repo.users.getSession('abc', at), s);
    assert.equal(repo.users.getSession('abc', '2024-01-02T00:00:00Z'), null);
    assert.equal(repo.users.purgeExpiredSessions('2024-01-02T12:00:00Z'), 1);
    repo.users.deleteSession('def');
    assert.equal(repo.users.getSession('def', at), null);
    assert.equal(repo.users.getSession('ghi', at)?.id, 'ghi');
    repo.users.deleteUserSessions(u.id);
    assert.equal(repo.users.getSession('ghi', at), null);
  }));
}
