/**
 * api.php logins in-process: action=login with bot passwords and MediaWiki's result codes,
 * clientlogin, logout, meta=userinfo and assert for the logged-in user.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWiki, withTestServer, type TestWiki } from '../server/test-client.ts';
import { saveBotPassword } from '../users/bot-passwords.ts';
import { createAccount } from '../users/create-account.ts';

type Json = Record<string, any>;

async function api(t: TestWiki, params: Record<string, string>, method: 'GET' | 'POST' = 'GET'): Promise<Json> {
  const all = { format: 'json', formatversion: '2', ...params };
  const res = method === 'GET' ? await t.client.get(`/api.php?${new URLSearchParams(all)}`) : await t.client.post('/api.php', all);
  return (await res.json()) as Json;
}

async function loginToken(t: TestWiki): Promise<string> {
  return (await api(t, { action: 'query', meta: 'tokens', type: 'login' })).query.tokens.logintoken;
}

test('action=login: NeedToken, WrongToken, Failed, then Success with a bot password limited by its grants', withTestServer(async (t) => {
  const owner = createAccount(t.wiki, { name: 'Owner', password: 'owner password', groups: ['sysop'] });
  const { password } = saveBotPassword(t.wiki, owner.id, 'tool', ['editpage', 'createeditmovepage']);
  t.wiki.save({ title: 'Page', text: 'x' });
  const need = (await api(t, { action: 'login', lgname: 'Owner@tool', lgpassword: password! }, 'POST')).login;
  assert.equal(need.result, 'NeedToken');
  assert.equal((await api(t, { action: 'login', lgname: 'Owner@tool', lgpassword: password!, lgtoken: 'bad+\\' }, 'POST')).login.result, 'WrongToken');
  const failed = (await api(t, { action: 'login', lgname: 'Owner@tool', lgpassword: 'nope', lgtoken: need.token }, 'POST')).login;
  assert.deepEqual(failed, { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' });
  const ok = (await api(t, { action: 'login', lgname: 'Owner@tool', lgpassword: password!, lgtoken: await loginToken(t) }, 'POST')).login;
  assert.deepEqual(ok, { result: 'Success', lguserid: owner.id, lgusername: 'Owner' });

  const info = (await api(t, { action: 'query', meta: 'userinfo', uiprop: 'groups|rights|editcount|groupmemberships', assert: 'user', assertuser: 'Owner' })).query.userinfo;
  assert.equal(info.id, owner.id);
  assert.equal(info.name, 'Owner');
  assert.equal(info.anon, undefined);
  assert.deepEqual(info.groups, ['*', 'user', 'autoconfirmed', 'sysop']);
  assert.deepEqual(info.groupmemberships, [{ group: 'sysop', expiry: 'infinity' }]);
  assert.ok(info.rights.includes('edit') && !info.rights.includes('delete'));
  assert.equal((await api(t, { action: 'query', meta: 'userinfo', assert: 'bot' })).error.code, 'assertbotfailed');
  assert.equal((await api(t, { action: 'query', meta: 'userinfo', assertuser: 'Someone' })).error.code, 'assertnameduserfailed');

  const csrf = (await api(t, { action: 'query', meta: 'tokens' })).query.tokens.csrftoken;
  assert.equal((await api(t, { action: 'edit', title: 'Page', text: 'by the tool', token: csrf }, 'POST')).edit.result, 'Success');
  assert.equal(t.wiki.getPage('Page')!.revision.userName, 'Owner');
  assert.equal(t.wiki.repo.users.getUserById(owner.id)!.editCount, 1);
  assert.equal((await api(t, { action: 'delete', title: 'Page', token: csrf }, 'POST')).error.code, 'permissiondenied');
  const again = (await api(t, { action: 'login', lgname: 'Owner@tool', lgpassword: password!, lgtoken: await loginToken(t) }, 'POST')).login;
  assert.equal(again.result, 'Aborted');

  assert.deepEqual(await api(t, { action: 'logout', token: csrf }, 'POST'), {});
  const anon = (await api(t, { action: 'query', meta: 'userinfo' })).query.userinfo;
  assert.equal(anon.id, 0);
  assert.equal(anon.anon, true);
}));

test('action=login: a main-account password works with a warning; failures are throttled', withTestServer(async (t) => {
  createAccount(t.wiki, { name: 'Person', password: 'person password' });
  for (let i = 0; i < 5; i++) {
    assert.equal((await api(t, { action: 'login', lgname: 'Person', lgpassword: `wrong ${i}`, lgtoken: await loginToken(t) }, 'POST')).login.result, 'Failed');
  }
  const throttled = (await api(t, { action: 'login', lgname: 'Person', lgpassword: 'person password', lgtoken: await loginToken(t) }, 'POST')).login;
  assert.equal(throttled.result, 'Failed');
  assert.match(throttled.reason, /too many recent login attempts/);

  const u = testWiki();
  try {
    createAccount(u.wiki, { name: 'Person', password: 'person password' });
    const res = await api(u, { action: 'login', lgname: 'Person', lgpassword: 'person password', lgtoken: await loginToken(u) }, 'POST');
    assert.equal(res.login.result, 'Success');
    assert.match(res.warnings.main.warnings, /Main-account login via "action=login" is deprecated/);
  } finally {
    u.close();
  }
}));

test('action=clientlogin: PASS for the right password, FAIL with wrongpassword otherwise; bot passwords are not accepted', withTestServer(async (t) => {
  const user = createAccount(t.wiki, { name: 'Client', password: 'client password' });
  const { password } = saveBotPassword(t.wiki, user.id, 'b', []);
  const fail = (await api(t, { action: 'clientlogin', username: 'Client', password: 'nope', logintoken: await loginToken(t), loginreturnurl: 'http://localhost/' }, 'POST')).clientlogin;
  assert.deepEqual(fail, { status: 'FAIL', message: 'Incorrect username or password entered. Please try again.', messagecode: 'wrongpassword' });
  assert.equal((await api(t, { action: 'clientlogin', username: 'Client@b', password: password!, logintoken: await loginToken(t), loginreturnurl: 'http://localhost/' }, 'POST')).clientlogin.status, 'FAIL');
  const pass = (await api(t, { action: 'clientlogin', username: 'client', password: 'client password', logintoken: await loginToken(t), loginreturnurl: 'http://localhost/' }, 'POST')).clientlogin;
  assert.deepEqual(pass, { status: 'PASS', username: 'Client' });
  assert.equal((await api(t, { action: 'query', meta: 'userinfo' })).query.userinfo.name, 'Client');
}));
