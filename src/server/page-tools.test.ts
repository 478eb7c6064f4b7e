import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withTestServer } from './test-client.ts';
import { logInAs } from './test-login.ts';

test('the sidebar offers page operations only to readers who may use them', withTestServer(async ({ wiki, client }) => {
  wiki.save({ title: 'Tools page', text: 'Some text.' });
  const anonymous = await (await client.get('/wiki/Tools_page')).text();
  assert.match(anonymous, /id="t-whatlinkshere"/);
  for (const id of ['t-move', 't-delete', 't-protect']) assert.doesNotMatch(anonymous, new RegExp(`id="${id}"`), id);

  await logInAs(wiki, client, 'Admin', ['sysop']);
  const sysop = await (await client.get('/wiki/Tools_page')).text();
  for (const id of ['t-move', 't-delete', 't-protect', 't-purge']) assert.match(sysop, new RegExp(`id="${id}"`), id);
}));
