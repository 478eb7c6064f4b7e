import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { PermissionError } from '../wiki/user-rights.ts';
import { AccountError } from './account-error.ts';
import { authenticate } from './authenticate.ts';
import { saveBotPassword, deleteBotPassword } from './bot-passwords.ts';
import { createAccount } from './create-account.ts';
import { accountUser } from './current-user.ts';
import { userFromSession } from './session-user.ts';
import { endSession, startSession } from './sessions.ts';
import { changeUserGroups } from './user-groups.ts';

const code = (c: string) => (e: unknown) => e instanceof AccountError && e.code === c;

test('accounts: a valid free name and a policy-abiding password make an account', withTestWiki((wiki) => {
  const user = createAccount(wiki, { name: 'alice_w', password: 'long enough secret' });
  assert.equal(user.name, 'Alice w');
  assert.throws(() => createAccount(wiki, { name: 'Alice w', password: 'long enough secret' }), code('userexists'));
  assert.throws(() => createAccount(wiki, { name: 'Bob', password: 'short' }), code('passwordtooshort'));
  assert.throws(() => createAccount(wiki, { name: 'Bobby Tables', password: 'bobby ta' }), code('password-substring-username-match'));
  assert.throws(() => createAccount(wiki, { name: '10.0.0.1', password: 'long enough secret' }), code('noname'));
  assert.equal(wiki.repo.users.countUsers(), 1);
}));

test('accounts: login checks the password; unknown names fail alike; failures are throttled', withTestWiki((wiki) => {
  createAccount(wiki, { name: 'Carol', password: 'carol password 1' });
  const ok = authenticate(wiki, { name: 'carol', password: 'carol password 1', address: '192.0.2.1' });
  assert.equal(ok.user.name, 'Carol');
  assert.equal(ok.botPassword, null);
  assert.throws(() => authenticate(wiki, { name: 'Nobody', password: 'x', address: '192.0.2.1' }), code('wrongpassword'));
  for (let i = 0; i < 5; i++) assert.throws(() => authenticate(wiki, { name: 'Carol', password: `wrong ${i}`, address: `192.0.2.${10 + i}` }), code('wrongpassword'));
  assert.throws(() => authenticate(wiki, { name: 'Carol', password: 'carol password 1', address: '192.0.2.50' }), code('login-throttled'));
}));

test('accounts: a bot password logs in as Name@app with its grants only', withTestWiki((wiki) => {
  const user = createAccount(wiki, { name: 'Dora', password: 'dora password 1', groups: ['sysop'] });
  const { password } = saveBotPassword(wiki, user.id, 'importer', ['editpage', 'createeditmovepage', 'bogus']);
  assert.match(password!, /^[a-z2-7]{32}$/);
  assert.throws(() => authenticate(wiki, { name: 'Dora@importer', password: password!, address: '192.0.2.1' }), code('wrongpassword'));
  const ok = authenticate(wiki, { name: 'Dora@importer', password: password!, address: '192.0.2.1', allowBotPassword: true });
  assert.deepEqual(ok.botPassword?.grants, ['createeditmovepage', 'editpage']);
  assert.throws(() => authenticate(wiki, { name: 'Dora@importer', password: 'dora password 1', address: '192.0.2.1', allowBotPassword: true }), code('wrongpassword'));
  const session = startSession(wiki.repo, user.id, { botApp: 'importer' });
  const botUser = userFromSession(wiki, session.cookieValue, '192.0.2.1');
  assert.equal(botUser.name, 'Dora');
  assert.equal(botUser.botApp, 'importer');
  assert.ok(botUser.rights.includes('edit') && botUser.rights.includes('move'));
  assert.ok(!botUser.rights.includes('delete'));
  assert.ok(accountUser(wiki.repo, wiki.config, user).rights.includes('delete'));
  deleteBotPassword(wiki, user.id, 'importer');
  assert.equal(userFromSession(wiki, session.cookieValue, '192.0.2.1').id, 0);
}));

test('accounts: sessions resolve to the user until they end', withTestWiki((wiki) => {
  const user = createAccount(wiki, { name: 'Eve', password: 'eve password 1' });
  const s = startSession(wiki.repo, user.id);
  assert.equal(userFromSession(wiki, s.cookieValue, '192.0.2.1').name, 'Eve');
  assert.equal(userFromSession(wiki, 'forged-value-123456', '192.0.2.1').name, '192.0.2.1');
  assert.equal(userFromSession(wiki, undefined, '192.0.2.1').id, 0);
  endSession(wiki.repo, s.cookieValue);
  assert.equal(userFromSession(wiki, s.cookieValue, '192.0.2.1').id, 0);
}));

test('accounts: groups change as the performer may, and are logged', withTestWiki((wiki) => {
  const crat = createAccount(wiki, { name: 'Crat', password: 'crat password 1', groups: ['bureaucrat'] });
  const target = createAccount(wiki, { name: 'Target', password: 'target password' });
  const plain = accountUser(wiki.repo, wiki.config, target);
  assert.throws(() => changeUserGroups(wiki, { target: crat, add: [], remove: ['bureaucrat'], performer: plain }), PermissionError);
  const performer = accountUser(wiki.repo, wiki.config, crat);
  const r = changeUserGroups(wiki, { target, add: [{ group: 'sysop', expiry: null }, { group: 'bot', expiry: '2999-01-01T00:00:00Z' }], remove: [], reason: 'trusted', performer });
  assert.deepEqual(r, { added: ['sysop', 'bot'], removed: [] });
  assert.deepEqual(accountUser(wiki.repo, wiki.config, target).groups, ['bot', 'sysop']);
  const [entry] = wiki.repo.listLog({ type: 'rights', limit: 5 });
  assert.equal(entry.dbKey, 'Target');
  assert.equal(entry.userName, 'Crat');
  assert.deepEqual(entry.params.oldgroups, []);
  assert.deepEqual(entry.params.newgroups, ['bot', 'sysop']);
  assert.deepEqual(changeUserGroups(wiki, { target, add: [{ group: 'sysop', expiry: null }], remove: [], performer }), { added: [], removed: [] });
}));
