/**
 * Blocks, contributions and watching driven by mwn against a server on a loopback port.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Mwn } from 'mwn';
import { startServer } from '../server/app.ts';
import { saveBotPassword } from '../users/bot-passwords.ts';
import { createAccount } from '../users/create-account.ts';
import { openWiki } from '../wiki/wiki.ts';

type Json = Record<string, any>;

test('mwn: bot.user().block, contribs and unblock; action=watch with the watch token', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-mwn-community-'));
  const wiki = openWiki({ dataDir: dir, db: ':memory:' });
  const server: Server = await startServer(wiki, 0, { secret: 'mwn-community', runJobs: false });
  try {
    const { port } = server.address() as AddressInfo;
    const admin = createAccount(wiki, { name: 'Patroller', password: 'patroller password', groups: ['sysop'] });
    createAccount(wiki, { name: 'Newcomer', password: 'newcomer password' });
    const { password } = saveBotPassword(wiki, admin.id, 'tools', ['basic', 'editpage', 'createeditmovepage', 'blockusers', 'editmywatchlist']);
    const bot = new Mwn({ apiUrl: `http://127.0.0.1:${port}/api.php`, username: 'Patroller@tools', password: password!, silent: true, maxRetries: 0, userAgent: 'kagami-mwn-community' });
    await bot.login();
    await bot.create('Patrolled page', 'text', 'start');
    await bot.save('Patrolled page', 'more text', 'again');

    const contribs = await new bot.User('Patroller').contribs({ ucprop: 'title|sizediff|flags' } as Json);
    assert.deepEqual(contribs.map((c: Json) => [c.title, c.sizediff, c.top]), [['Patrolled page', 5, true], ['Patrolled page', 4, false]]);

    const blocked: Json = await new bot.User('Newcomer').block({ expiry: '1 week', reason: 'testing', nocreate: true } as Json);
    assert.equal(blocked.user, 'Newcomer');
    assert.equal(blocked.nocreate, true);
    assert.equal(wiki.repo.community.blockOf('Newcomer')?.reason, 'testing');
    await assert.rejects(new bot.User('Newcomer').block({ expiry: 'infinite' } as Json), (e: { code?: string }) => e.code === 'alreadyblocked');
    const lifted: Json = await new bot.User('Newcomer').unblock({ reason: 'done' } as Json);
    assert.equal(lifted.user, 'Newcomer');
    assert.equal(wiki.repo.community.blockOf('Newcomer'), null);

    const tokens: Json = await bot.request({ action: 'query', meta: 'tokens', type: 'watch' });
    const watched: Json = await bot.request({ action: 'watch', titles: 'Elsewhere', token: tokens.query.tokens.watchtoken });
    assert.equal(watched.watch[0].title, 'Elsewhere');
    assert.equal(wiki.repo.community.isWatched(admin.id, { namespace: 1, dbKey: 'Elsewhere' }), true);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
