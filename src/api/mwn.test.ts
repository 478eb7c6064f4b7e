/**
 * api.php driven by a real bot framework: mwn against a server on a loopback port with a
 * fresh wiki, doing what bots do, and the wiki's state checked afterwards.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Mwn } from 'mwn';
import { startServer } from '../server/app.ts';
import { saveBotPassword } from '../users/bot-passwords.ts';
import { createAccount } from '../users/create-account.ts';
import { openWiki, type Wiki } from '../wiki/wiki.ts';

// mwn's response types cover Wikimedia's fields only; the tests read plain JSON.
type Json = Record<string, any>;

describe('api.php with the mwn client', () => {
  let dir: string;
  let wiki: Wiki;
  let server: Server;
  let bot: Mwn;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kagami-api-'));
    wiki = openWiki({ dataDir: dir, db: ':memory:' });
    server = await startServer(wiki, 0, { secret: 'api-test' });
    const { port } = server.address() as AddressInfo;
    const admin = createAccount(wiki, { name: 'Bot owner', password: 'owner password', groups: ['sysop', 'bot'] });
    const { password } = saveBotPassword(wiki, admin.id, 'mwn', ['editpage', 'createeditmovepage', 'delete', 'highvolume']);
    bot = new Mwn({ apiUrl: `http://127.0.0.1:${port}/api.php`, username: 'Bot owner@mwn', password: password!, silent: true, maxRetries: 0, userAgent: 'kagami-api-test' });
    await bot.login();
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads namespaces from siteinfo (mwn titles work)', () => {
    const t = new bot.Title('category talk:foo_bar');
    assert.equal(t.getNamespaceId(), 15);
    assert.equal(t.toText(), 'Category talk:Foo bar');
    assert.match(bot.csrfToken, /\+\\$/);
  });

  it('creates, saves and edits pages', async () => {
    const created: Json = await bot.create('Alpha', 'First [[Beta]].\n\n[[Category:Greek]]', 'start');
    assert.equal(created.result, 'Success');
    assert.equal(created.new, true);
    await assert.rejects(bot.create('Alpha', 'again'), (e: { code?: string }) => e.code === 'articleexists');
    const saved = await bot.save('Beta', 'Second, links [[Alpha]]. [[Category:Greek]]', 'save');
    assert.equal(saved.result, 'Success');
    const edited = await bot.edit('Alpha', (rev) => `${rev.content}\nAppended line.`);
    assert.equal(edited.result, 'Success');
    assert.equal(edited.oldrevid, created.newrevid);
    const view = wiki.getPage('Alpha')!;
    assert.equal(view.revision.userName, 'Bot owner');
    assert.equal(view.revision.userId, wiki.repo.users.getUserByName('Bot owner')!.id);
    assert.equal(view.revision.text, 'First [[Beta]].\n\n[[Category:Greek]]\nAppended line.');
    assert.equal(view.revision.revId, edited.newrevid);
    const unchanged = await bot.save('Beta', 'Second, links [[Alpha]]. [[Category:Greek]]');
    assert.equal(unchanged.nochange, true);
  });

  it('reads pages singly and in batches, following redirects', async () => {
    await bot.save('Alias', '#REDIRECT [[Alpha]]');
    const one: Json = await bot.read('alias');
    assert.equal(one.title, 'Alpha');
    assert.match(one.revisions[0].content, /Appended line/);
    const many = (await bot.read(['Alpha', 'Beta', 'No such page'])) as Json[];
    const byTitle = new Map(many.map((p) => [p.title as string, p]));
    assert.equal(byTitle.get('No such page')!.missing, true);
    assert.match(byTitle.get('Beta')!.revisions[0].content, /^Second/);
  });

  it('continues queries until the list is complete', async () => {
    for (const n of [1, 2, 3, 4, 5]) await bot.save(`Page ${n}`, `Number ${n} [[Category:Numbers]]`);
    const responses: Json[] = await bot.continuedQuery({ action: 'query', list: 'allpages', aplimit: 2 }, 20);
    const titles = responses.flatMap((r) => r.query.allpages.map((p: Json) => p.title));
    assert.deepEqual(titles, ['Alias', 'Alpha', 'Beta', 'Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5']);
    assert.ok(responses.length >= 4);
    const history: Json[] = await bot.continuedQuery({ action: 'query', titles: 'Alpha', prop: 'revisions', rvlimit: 1, rvprop: 'ids' }, 10);
    const revids = history.map((r) => r.query.pages[0].revisions[0].revid as number);
    assert.equal(revids.length, 2);
    assert.ok(revids[0] > revids[1]);
  });

  it('lists category members and a page\'s categories, links and backlinks', async () => {
    wiki.runJobs();
    const members = await new bot.Category('Numbers').members({ cmlimit: 2 });
    assert.deepEqual(members.map((m: { title: string }) => m.title), ['Page 1', 'Page 2']);
    const all: Json[] = await bot.continuedQuery({ action: 'query', list: 'categorymembers', cmtitle: 'Category:Numbers', cmlimit: 2 }, 10);
    assert.equal(all.flatMap((r) => r.query.categorymembers).length, 5);
    const greek: Json = await bot.query({ titles: 'Alpha', prop: 'categories|links' });
    assert.deepEqual(greek.query.pages[0].categories, [{ ns: 14, title: 'Category:Greek' }]);
    assert.deepEqual(greek.query.pages[0].links, [{ ns: 0, title: 'Beta' }]);
    const back: Json = await bot.query({ list: 'backlinks', bltitle: 'Alpha' });
    assert.deepEqual(back.query.backlinks.map((p: { title: string }) => p.title), ['Beta', 'Alias']);
    const found = await bot.search('page 3');
    assert.deepEqual(found.map((p: { title: string }) => p.title), ['Page 3']);
  });

  it('parses text and pages', async () => {
    const html = await bot.parseWikitext("''hello'' [[Alpha]]");
    assert.match(html, /<i>hello<\/i> <a href="\/wiki\/Alpha" title="Alpha">Alpha<\/a>/);
    const page = await bot.parseTitle('Beta');
    assert.match(page, /^<div class="mw-parser-output"><p>Second, links/);
  });

  it('moves and deletes pages', async () => {
    const moved = await bot.move('Beta', 'Gamma', 'rename');
    assert.equal(moved.to, 'Gamma');
    assert.equal(wiki.getPage('Gamma')!.revision.text, 'Second, links [[Alpha]]. [[Category:Greek]]');
    assert.equal(wiki.getPage('Beta')!.redirectTarget?.prefixedText, 'Gamma');
    const deleted = await bot.delete('Gamma', 'cleanup');
    assert.ok(deleted.logid > 0);
    assert.equal(wiki.getPage('Gamma'), null);
    await assert.rejects(bot.delete('Gamma', 'again'), (e: { code?: string }) => e.code === 'missingtitle');
  });

  it('refuses an edit based on an old revision when the changes overlap', async () => {
    const first: Json = await bot.read('Page 1');
    const base = first.revisions[0].timestamp;
    await bot.save('Page 1', 'Number one, changed [[Category:Numbers]]');
    await assert.rejects(
      bot.request({ action: 'edit', title: 'Page 1', text: 'Number uno [[Category:Numbers]]', basetimestamp: base, baserevid: wiki.repo.listRevisions(wiki.getPage('Page 1')!.page.pageId, { limit: 5 })[1].revId, token: bot.csrfToken }),
      (e: { code?: string }) => e.code === 'editconflict',
    );
    assert.equal(wiki.getPage('Page 1')!.revision.text, 'Number one, changed [[Category:Numbers]]');
  });
});
