import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFields, TestClient, withTestServer } from '../../server/test-client.ts';
import { logInAs } from '../../server/test-login.ts';

test('blocks over HTTP: Special:Block, the blocked edit page, BlockList, Unblock and the block log', withTestServer(async (t) => {
  t.wiki.save({ title: 'Target page', text: 'x' });
  const admin = new TestClient(t.app);
  await logInAs(t.wiki, admin, 'Admin', ['sysop']);
  const vandal = new TestClient(t.app);
  const vandalRecord = await logInAs(t.wiki, vandal, 'Vandal');

  assert.equal((await vandal.get('/wiki/Special:Block/Admin')).status, 403);
  const form = formFields(await (await admin.get('/wiki/Special:Block/Vandal')).text());
  const blocked = await admin.post('/wiki/Special:Block', { ...form, wpTarget: 'Vandal', wpExpiry: '1 week', wpReason: 'spamming links', wpCreateAccount: '1' });
  assert.match(await blocked.text(), /Vandal<\/a> has been blocked/);
  const again = await admin.post('/wiki/Special:Block', { ...form, wpTarget: 'Vandal', wpExpiry: 'infinite' });
  assert.match(await again.text(), /data-code="alreadyblocked"/);
  assert.equal((await admin.post('/wiki/Special:Block', { wpTarget: 'Vandal', wpExpiry: 'infinite', wpEditToken: 'forged' })).status, 403);

  const editPage = await vandal.get('/index.php?title=Target_page&action=edit');
  assert.equal(editPage.status, 403);
  const text = await editPage.text();
  assert.match(text, /Your username or IP address has been blocked\./);
  assert.match(text, /The reason given is <i>spamming links<\/i>/);
  assert.match(text, /Intended blockee: Vandal/);
  const post = await vandal.post('/index.php?title=Target_page&action=submit', { wpTextbox1: 'vandalism', wpEditToken: 'x' });
  assert.equal(post.status, 403);
  assert.equal(t.wiki.getPage('Target page')!.revision.text, 'x');
  // The own talk page stays open by default.
  const talk = await vandal.editForm('/index.php?title=User_talk:Vandal&action=edit');
  assert.equal((await vandal.post('/index.php?title=User_talk:Vandal&action=submit', { ...talk, wpTextbox1: 'Please unblock me.' })).status, 303);

  const list = await (await admin.get('/wiki/Special:BlockList')).text();
  assert.match(list, /<a href="\/wiki\/Special:Contributions\/Vandal">Vandal<\/a>/);
  assert.match(list, /account creation disabled/);
  const log = t.wiki.repo.listLog({ type: 'block', limit: 5 });
  assert.deepEqual(log.map((e) => [e.action, e.dbKey, e.comment, e.userId > 0]), [['block', 'Vandal', 'spamming links', true]]);

  const unblockForm = formFields(await (await admin.get('/wiki/Special:Unblock/Vandal')).text());
  assert.match(await (await admin.post('/wiki/Special:Unblock', { ...unblockForm, wpTarget: 'Vandal', wpReason: 'sorry' })).text(), /Vandal has been unblocked/);
  assert.equal((await vandal.get('/index.php?title=Target_page&action=edit')).status, 200);
  assert.equal(t.wiki.repo.listLog({ type: 'block', limit: 5 })[0].action, 'unblock');
  assert.ok(vandalRecord.id > 0);

  // A range block covers the test client's address (127.0.0.1) for anonymous editors; a partial block only its pages.
  await admin.post('/wiki/Special:Block', { ...form, wpTarget: '127.0.0.0/24', wpExpiry: '2 hours', wpReason: 'open proxy' });
  const anon = new TestClient(t.app);
  assert.equal((await anon.get('/index.php?title=Target_page&action=edit')).status, 403);
  assert.equal((await vandal.get('/index.php?title=Target_page&action=edit')).status, 200);
  await admin.post('/wiki/Special:Block', {
    ...form, wpTarget: 'Vandal', wpExpiry: 'infinite', wpEditingRestriction: 'partial', wpPageRestrictions: 'Target page', wpNamespaceRestrictions: '12',
  });
  assert.equal((await vandal.get('/index.php?title=Target_page&action=edit')).status, 403);
  assert.match(await (await vandal.get('/index.php?title=Target_page&action=edit')).text(), /blocked from editing this page/);
  assert.equal((await vandal.get('/index.php?title=Other_page&action=edit')).status, 200);
  assert.equal((await vandal.get('/index.php?title=Help:Rules&action=edit')).status, 403);
}));

test('Special:Contributions lists edits newest first with sizes, current marks, namespaces and paging', withTestServer(async (t) => {
  const client = new TestClient(t.app);
  const user = await logInAs(t.wiki, client, 'Writer');
  const as = { user: 'Writer', userId: user.id };
  t.wiki.save({ title: 'One', text: 'abc', ...as, timestamp: '2024-01-01T00:00:00Z' });
  t.wiki.save({ title: 'One', text: 'abcdef', ...as, timestamp: '2024-01-02T00:00:00Z' });
  t.wiki.save({ title: 'Talk:One', text: 'hi', ...as, timestamp: '2024-01-03T00:00:00Z' });
  t.wiki.save({ title: 'One', text: 'other', user: 'Someone', timestamp: '2024-01-04T00:00:00Z' });
  const page = await (await client.get('/wiki/Special:Contributions/Writer')).text();
  const titles = [...page.matchAll(/class="mw-contributions-title">([^<]+)</g)].map((m) => m[1]);
  assert.deepEqual(titles, ['Talk:One', 'One', 'One']);
  assert.match(page, /\+3/);
  assert.equal((page.match(/mw-uctop/g) ?? []).length, 1);
  const main = await (await client.get('/index.php?title=Special:Contributions&target=Writer&namespace=0')).text();
  assert.deepEqual([...main.matchAll(/class="mw-contributions-title">([^<]+)</g)].map((m) => m[1]), ['One', 'One']);
  const first = await (await client.get('/index.php?title=Special:Contributions&target=Writer&limit=2')).text();
  const next = /href="([^"]+)" class="mw-nextlink"/.exec(first)![1].replace(/&amp;/g, '&');
  const rest = await (await client.get(next)).text();
  assert.deepEqual([...rest.matchAll(/class="mw-contributions-title">([^<]+)</g)].map((m) => m[1]), ['One']);
  assert.equal((await client.get('/wiki/Special:Contributions/Nobody_here')).status, 404);
  assert.match(await (await client.get('/wiki/Special:Contributions/127.0.0.1')).text(), /No changes were found/);
  const log = await (await client.get('/wiki/Special:Contributions/Someone')).text();
  assert.match(log, /is not registered/);
}));

test('watchlists over HTTP: the star, watching on save, Special:Watchlist and EditWatchlist', withTestServer(async (t) => {
  t.wiki.save({ title: 'Watched', text: 'x' });
  const anon = new TestClient(t.app);
  assert.equal((await anon.get('/wiki/Special:Watchlist')).status, 401);
  assert.doesNotMatch(await (await anon.get('/wiki/Watched')).text(), /ca-watch/);
  const client = new TestClient(t.app);
  const user = await logInAs(t.wiki, client, 'Reader');
  const view = await (await client.get('/wiki/Watched')).text();
  assert.match(view, /id="ca-watch"/);
  const token = /name="wpEditToken" value="([^"]+)"/.exec(view)![1];
  assert.equal((await client.post('/index.php?title=Watched&action=watch', { wpEditToken: 'forged' })).status, 403);
  assert.equal((await client.post('/index.php?title=Watched&action=watch', { wpEditToken: token })).status, 303);
  assert.match(await (await client.get('/wiki/Watched')).text(), /id="ca-unwatch"/);
  assert.equal(t.wiki.repo.community.isWatched(user.id, { namespace: 1, dbKey: 'Watched' }), true);
  t.wiki.save({ title: 'Talk:Watched', text: 'talk', user: 'Other' });
  const list = await (await client.get('/wiki/Special:Watchlist')).text();
  assert.match(list, /Talk:Watched/);

  const edit = await client.editForm('/index.php?title=Fresh&action=edit');
  assert.equal((await client.post('/index.php?title=Fresh&action=submit', { ...edit, wpTextbox1: 'new page' })).status, 303);
  assert.equal(t.wiki.repo.community.isWatched(user.id, { namespace: 0, dbKey: 'Fresh' }), true);

  const editList = await (await client.get('/wiki/Special:EditWatchlist')).text();
  assert.match(editList, /value="Talk:Fresh"/);
  await client.post('/wiki/Special:EditWatchlist', { ...formFields(editList), 'wpTitles[]': 'Fresh' });
  assert.deepEqual(t.wiki.repo.community.watchedTitles(user.id).map((w) => `${w.namespace}:${w.dbKey}`), ['0:Watched', '1:Fresh', '1:Watched']);
  const unwatch = await (await client.get('/index.php?title=Watched&action=unwatch')).text();
  await client.post('/index.php?title=Watched&action=unwatch', formFields(unwatch));
  assert.deepEqual(t.wiki.repo.community.watchedTitles(user.id).map((w) => w.dbKey), ['Fresh']);
}));

test('Special:ChangePassword needs the current password and keeps the browser logged in', withTestServer(async (t) => {
  const anon = new TestClient(t.app);
  assert.match(await (await anon.get('/wiki/Special:ChangePassword')).text(), /sends no e-mail/);
  const client = new TestClient(t.app);
  await logInAs(t.wiki, client, 'Changer', [], 'first password');
  const form = formFields(await (await client.get('/wiki/Special:ChangePassword')).text());
  const wrong = await client.post('/wiki/Special:ChangePassword', { ...form, wpPassword: 'not it', wpNewPassword: 'second password', wpRetype: 'second password' });
  assert.equal(wrong.status, 400);
  assert.match(await wrong.text(), /current password you entered is incorrect/);
  const mismatch = await client.post('/wiki/Special:ChangePassword', { ...form, wpPassword: 'first password', wpNewPassword: 'second password', wpRetype: 'other' });
  assert.match(await mismatch.text(), /do not match/);
  const done = await client.post('/wiki/Special:ChangePassword', { ...form, wpPassword: 'first password', wpNewPassword: 'second password', wpRetype: 'second password' });
  assert.match(await done.text(), /Your password has been changed/);
  assert.match(await (await client.get('/wiki/Special:UserLogin')).text(), /already logged in as Changer/);
  const fresh = new TestClient(t.app);
  await logInAs(t.wiki, fresh, 'Changer', [], 'second password');
  await assert.rejects(logInAs(t.wiki, new TestClient(t.app), 'Changer', [], 'first password'), /login as Changer failed/);
}));
