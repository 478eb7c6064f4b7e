import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFields, testWiki, withTestServer } from '../test-client.ts';
import { logInAs } from '../test-login.ts';
import { createAccount } from '../../users/create-account.ts';

test('accounts over HTTP: register, edit as the new user, log out, log in again', withTestServer(async (t) => {
  const form = formFields(await (await t.client.get('/wiki/Special:CreateAccount')).text());
  assert.ok(form.wpCreateaccountToken);
  const mismatch = await t.client.post('/wiki/Special:CreateAccount', { ...form, wpName: 'new_editor', wpPassword: 'a fine password', retype: 'other' });
  assert.match(await mismatch.text(), /The passwords you entered do not match/);
  const created = await t.client.post('/wiki/Special:CreateAccount', { ...form, wpName: 'new_editor', wpPassword: 'a fine password', retype: 'a fine password', returnto: 'Sandbox' });
  assert.equal(created.status, 303);
  assert.equal(created.headers.get('location'), '/wiki/Sandbox');
  const cookie = created.headers.getSetCookie().join('\n');
  assert.match(cookie, /kagami_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);

  const edit = await t.client.editForm('/index.php?title=Sandbox&action=edit');
  const saved = await t.client.post('/index.php?title=Sandbox&action=submit', { ...edit, wpTextbox1: 'Hello from an account.', wpSummary: 'first' });
  assert.equal(saved.status, 303);
  const rev = t.wiki.getPage('Sandbox')!.revision;
  const user = t.wiki.repo.users.getUserByName('New editor')!;
  assert.equal(rev.userName, 'New editor');
  assert.equal(rev.userId, user.id);
  assert.equal(user.editCount, 1);
  const history = await (await t.client.get('/index.php?title=Sandbox&action=history')).text();
  assert.match(history, /<a href="\/wiki\/User:New_editor">New editor<\/a>/);

  const logoutForm = formFields(await (await t.client.get('/wiki/Special:UserLogout')).text());
  assert.equal((await t.client.post('/wiki/Special:UserLogout', { wpEditToken: 'forged' })).status, 403);
  assert.match(await (await t.client.post('/wiki/Special:UserLogout', logoutForm)).text(), /You are now logged out/);
  const anonEdit = await t.client.editForm('/index.php?title=Sandbox&action=edit');
  await t.client.post('/index.php?title=Sandbox&action=submit', { ...anonEdit, wpTextbox1: 'Anonymous words.' });
  assert.equal(t.wiki.getPage('Sandbox')!.revision.userName, '127.0.0.1');
  assert.equal(t.wiki.getPage('Sandbox')!.revision.userId, null);

  await logInAs(t.wiki, t.client, 'New editor', [], 'a fine password');
  assert.match(await (await t.client.get('/wiki/Special:UserLogin')).text(), /already logged in as New editor/);
}));

test('accounts over HTTP: a wrong password fails, and repeated failures are throttled', withTestServer(async (t) => {
  await logInAs(t.wiki, t.client, 'Target', []);
  const form = formFields(await (await t.client.get('/wiki/Special:UserLogin')).text());
  const wrong = await t.client.post('/wiki/Special:UserLogin', { ...form, wpName: 'Target', wpPassword: 'not it' });
  assert.equal(wrong.status, 200);
  assert.match(await wrong.text(), /Incorrect username or password entered/);
  assert.match(await (await t.client.post('/wiki/Special:UserLogin', { ...form, wpName: 'Target', wpPassword: 'Target password!', wpLoginToken: 'forged' })).text(), /login session/);
  for (let i = 0; i < 4; i++) await t.client.post('/wiki/Special:UserLogin', { ...form, wpName: 'Target', wpPassword: `wrong ${i}` });
  const throttled = await t.client.post('/wiki/Special:UserLogin', { ...form, wpName: 'Target', wpPassword: 'Target password!' });
  assert.equal(throttled.status, 200);
  assert.match(await throttled.text(), /too many recent login attempts\. Please wait 5 minutes/);
}));

test('accounts over HTTP: an anonymous visitor cannot delete; a sysop can', withTestServer(async (t) => {
  t.wiki.save({ title: 'Doomed', text: 'x' });
  const anonForm = formFields(await (await t.client.get('/index.php?title=Doomed&action=delete')).text());
  const refused = await t.client.post('/index.php?title=Doomed&action=delete', { ...anonForm, wpReason: 'no' });
  assert.equal(refused.status, 403);
  assert.ok(t.wiki.getPage('Doomed'));
  await logInAs(t.wiki, t.client, 'Admin', ['sysop']);
  const form = formFields(await (await t.client.get('/index.php?title=Doomed&action=delete')).text());
  const done = await t.client.post('/index.php?title=Doomed&action=delete', { ...form, wpReason: 'cleanup' });
  assert.equal(done.status, 200);
  assert.equal(t.wiki.getPage('Doomed'), null);
  assert.equal(t.wiki.repo.listLog({ type: 'delete', limit: 1 })[0].userName, 'Admin');
}));

test('accounts over HTTP: a bureaucrat gives groups on Special:UserRights; Special:ListUsers shows them', withTestServer(async (t) => {
  await logInAs(t.wiki, t.client, 'Crat', ['bureaucrat']);
  createAccount(t.wiki, { name: 'Helper', password: 'Helper password!' });
  const page = await (await t.client.get('/wiki/Special:UserRights/Helper')).text();
  assert.match(page, /name="wpGroup-sysop" value="1">/);
  const form = formFields(page);
  const saved = await t.client.post('/wiki/Special:UserRights/Helper', { ...form, 'wpGroup-sysop': '1', 'wpExpiry-sysop': 'infinite', 'wpGroup-bot': '1', 'wpExpiry-bot': '2999-01-01', 'user-reason': 'helps' });
  assert.match(await saved.text(), /The groups of Helper were saved/);
  const helper = t.wiki.repo.users.getUserByName('Helper')!;
  assert.deepEqual(t.wiki.repo.users.getUserGroups(helper.id), [{ group: 'bot', expiry: '2999-01-01T00:00:00Z' }, { group: 'sysop', expiry: null }]);
  const list = await (await t.client.get('/index.php?title=Special:ListUsers&group=sysop')).text();
  assert.match(list, /User:Helper" class="mw-userlink">Helper<\/a> \(bot, sysop\)/);
  assert.doesNotMatch(list, /class="mw-userlink">Crat</);
  assert.match(list, /<li id="pt-userpage"><a href="\/wiki\/User:Crat">Crat<\/a><\/li><li id="pt-logout">/);

  const other = testWiki();
  try {
    await logInAs(other.wiki, other.client, 'Plain', []);
    other.wiki.save({ title: 'X', text: 'x' });
    const view = await (await other.client.get('/wiki/Special:UserRights/Plain')).text();
    assert.match(view, /You may view but not change/);
    const f = formFields(await (await other.client.get('/wiki/Special:UserRights/Plain')).text());
    const post = await other.client.post('/wiki/Special:UserRights/Plain', { wpEditToken: f.wpEditToken ?? '', 'wpGroup-sysop': '1' });
    assert.notEqual(post.status, 500);
    assert.deepEqual(other.wiki.repo.users.getUserGroups(other.wiki.repo.users.getUserByName('Plain')!.id), []);
  } finally {
    other.close();
  }
}));

test('accounts over HTTP: Special:BotPasswords creates a password shown once, usable with action=login', withTestServer(async (t) => {
  assert.equal((await t.client.get('/wiki/Special:BotPasswords')).status, 403);
  await logInAs(t.wiki, t.client, 'Owner');
  const page = await (await t.client.get('/wiki/Special:BotPasswords/importer')).text();
  assert.match(page, /name="wpGrants" value="editpage"/);
  const created = await (await t.client.post('/wiki/Special:BotPasswords/importer', { ...formFields(page), wpGrants: 'editpage', create: '1' })).text();
  const password = /<code id="mw-botpasswords-newpassword">([a-z2-7]{32})<\/code>/.exec(created)?.[1];
  assert.ok(password);
  assert.match(await (await t.client.get('/wiki/Special:BotPasswords')).text(), /importer<\/a> \(editpage\)/);
  const token = ((await (await t.client.get('/api.php?action=query&meta=tokens&type=login&format=json')).json()) as { query: { tokens: { logintoken: string } } }).query.tokens.logintoken;
  const login = (await (await t.client.post('/api.php', { action: 'login', format: 'json', lgname: 'Owner@importer', lgpassword: password, lgtoken: token })).json()) as { login: { result: string } };
  assert.equal(login.login.result, 'Success');
}));
