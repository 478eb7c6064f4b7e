/**
 * api.php in-process: action=block/unblock, list=blocks, blocked edits, list=usercontribs,
 * action=watch and list=watchlist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, testWiki, type TestWiki } from '../server/test-client.ts';
import { logInAs } from '../server/test-login.ts';

type Json = Record<string, any>;

async function api(client: TestClient, params: Record<string, string>, method: 'GET' | 'POST' = 'GET'): Promise<Json> {
  const all = { format: 'json', formatversion: '2', ...params };
  const res = method === 'GET' ? await client.get(`/api.php?${new URLSearchParams(all)}`) : await client.post('/api.php', all);
  return (await res.json()) as Json;
}

async function csrf(client: TestClient): Promise<string> {
  return (await api(client, { action: 'query', meta: 'tokens' })).query.tokens.csrftoken;
}

async function setup(t: TestWiki) {
  const admin = new TestClient(t.app);
  await logInAs(t.wiki, admin, 'Admin', ['sysop']);
  const user = new TestClient(t.app);
  const record = await logInAs(t.wiki, user, 'Editor');
  return { admin, user, record };
}

test('api.php blocks: block, the blocked edit error, list=blocks, refusals and unblock', async () => {
  const t = testWiki();
  try {
    const { admin, user } = await setup(t);
    const refused = await api(user, { action: 'block', user: 'Admin', token: await csrf(user) }, 'POST');
    assert.equal(refused.error.code, 'permissiondenied');
    const made = await api(admin, { action: 'block', user: 'Editor', expiry: '1 day', reason: 'test block', nocreate: '1', token: await csrf(admin) }, 'POST');
    assert.equal(made.block.user, 'Editor');
    assert.equal(made.block.nocreate, true);
    assert.match(made.block.expiry, /^\d{4}-\d\d-\d\dT/);
    const twice = await api(admin, { action: 'block', user: 'Editor', token: await csrf(admin) }, 'POST');
    assert.equal(twice.error.code, 'alreadyblocked');
    assert.equal((await api(admin, { action: 'block', user: 'No such person', token: await csrf(admin) }, 'POST')).error.code, 'nosuchuser');
    assert.equal((await api(admin, { action: 'block', user: '10.0.0.0/8', token: await csrf(admin) }, 'POST')).error.code, 'ip_range_toolarge');

    const edit = await api(user, { action: 'edit', title: 'Anything', text: 'x', token: await csrf(user) }, 'POST');
    assert.equal(edit.error.code, 'blocked');
    assert.equal(t.wiki.getPage('Anything'), null);

    const listed = await api(admin, { action: 'query', list: 'blocks', bkprop: 'id|user|by|reason|flags|expiry' });
    assert.deepEqual(listed.query.blocks.map((b: Json) => [b.user, b.by, b.reason, b.nocreate, b.partial]), [['Editor', 'Admin', 'test block', true, false]]);

    const lifted = await api(admin, { action: 'unblock', user: 'Editor', reason: 'done', token: await csrf(admin) }, 'POST');
    assert.equal(lifted.unblock.user, 'Editor');
    assert.equal((await api(admin, { action: 'unblock', id: String(made.block.id), token: await csrf(admin) }, 'POST')).error.code, 'cantunblock');
    assert.ok((await api(user, { action: 'edit', title: 'Anything', text: 'x', token: await csrf(user) }, 'POST')).edit);
    const log = await api(admin, { action: 'query', list: 'recentchanges', rctype: 'log', rcprop: 'loginfo|title' });
    assert.deepEqual(log.query.recentchanges.map((r: Json) => r.logaction), ['unblock', 'block']);
  } finally {
    t.close();
  }
});

test('api.php list=usercontribs and watching: watch on edit, action=watch, list=watchlist', async () => {
  const t = testWiki();
  try {
    const { user, record } = await setup(t);
    for (const [title, text] of [['A', 'one'], ['B', 'two'], ['A', 'one more']]) {
      await api(user, { action: 'edit', title, text, token: await csrf(user) }, 'POST');
    }
    await api(user, { action: 'edit', title: 'C', text: 'c', watchlist: 'nochange', token: await csrf(user) }, 'POST');
    const contribs = await api(user, { action: 'query', list: 'usercontribs', ucuser: 'Editor', uclimit: '2', ucprop: 'title|sizediff|flags|ids' });
    assert.deepEqual(contribs.query.usercontribs.map((c: Json) => [c.title, c.top, c.new]), [['C', true, true], ['A', true, false]]);
    assert.equal(contribs.query.usercontribs[1].sizediff, 5);
    const rest = await api(user, { action: 'query', list: 'usercontribs', ucuser: 'Editor', uccontinue: contribs.continue.uccontinue });
    assert.deepEqual(rest.query.usercontribs.map((c: Json) => c.title), ['B', 'A']);
    assert.equal(rest.query.usercontribs[0].userid, record.id);

    assert.deepEqual(t.wiki.repo.community.watchedTitles(record.id).map((w) => `${w.namespace}:${w.dbKey}`), ['0:A', '0:B', '1:A', '1:B']);
    const watchToken = (await api(user, { action: 'query', meta: 'tokens', type: 'watch' })).query.tokens.watchtoken;
    const w = await api(user, { action: 'watch', titles: 'C|Talk:D', token: watchToken }, 'POST');
    assert.deepEqual(w.watch.map((x: Json) => x.title), ['C', 'Talk:D']);
    await api(user, { action: 'watch', titles: 'B', unwatch: '1', token: watchToken }, 'POST');
    assert.deepEqual(t.wiki.repo.community.watchedTitles(record.id).map((x) => `${x.namespace}:${x.dbKey}`), ['0:A', '0:C', '0:D', '1:A', '1:C', '1:D']);
    const list = await api(user, { action: 'query', list: 'watchlist', wlprop: 'title|user' });
    assert.deepEqual(list.query.watchlist.map((x: Json) => x.title), ['C', 'A', 'A']);
    const anon = new TestClient(t.app);
    assert.equal((await api(anon, { action: 'query', list: 'watchlist' })).error.code, 'notloggedin');
  } finally {
    t.close();
  }
});
