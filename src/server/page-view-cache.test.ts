import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiki } from '../wiki/wiki.ts';
import type { AddressInfo } from 'node:net';
import { createApp, startServer } from './app.ts';
import { anonymousPlainView, PageViewCache } from './page-view-cache.ts';

function cachedWiki() {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-viewcache-'));
  const wiki = openWiki({ dataDir: dir, db: ':memory:' });
  const cache = new PageViewCache(wiki);
  const app = createApp(wiki, { secret: 'test-secret', viewCache: cache });
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  return { wiki, cache, get, close: () => { wiki.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test('an anonymous view is served from the cache until anything in the wiki changes', async () => {
  const t = cachedWiki();
  try {
    t.wiki.save({ title: 'Template:Greeting', text: 'Hello' });
    t.wiki.save({ title: 'Apple', text: '== Part ==\n{{Greeting}} [[Banana]]' });
    const first = await t.get('/wiki/Apple');
    const html = await first.text();
    assert.equal(first.status, 200);
    assert.match(html, /Hello/);
    assert.match(html, /class="new"[^>]*>Banana|Banana \(page does not exist\)/);
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    assert.equal(t.cache.stores, 1);
    const second = await t.get('/wiki/Apple');
    assert.equal(await second.text(), html);
    assert.equal(second.headers.get('Content-Type'), first.headers.get('Content-Type'));
    assert.equal(t.cache.hits, 1);
    const notModified = await t.get('/wiki/Apple', { 'If-None-Match': etag! });
    assert.equal(notModified.status, 304);

    t.wiki.save({ title: 'Template:Greeting', text: 'Goodbye' });
    t.wiki.runJobs();
    const afterTemplate = await (await t.get('/wiki/Apple')).text();
    assert.match(afterTemplate, /Goodbye/);
    t.wiki.save({ title: 'Banana', text: 'yellow' });
    t.wiki.runJobs();
    assert.doesNotMatch(await (await t.get('/wiki/Apple')).text(), /class="new"[^>]*>Banana/);
    t.wiki.save({ title: 'Apple', text: 'Changed' });
    assert.match(await (await t.get('/wiki/Apple')).text(), /Changed/);
    t.wiki.delete({ title: 'Apple', reason: 'test' });
    assert.equal((await t.get('/wiki/Apple')).status, 404);
  } finally {
    t.close();
  }
});

test('views with a query, a session cookie or a followed redirect are not cached', async () => {
  const t = cachedWiki();
  try {
    t.wiki.save({ title: 'Apple', text: 'Fruit' });
    t.wiki.save({ title: 'Pome', text: '#REDIRECT [[Apple]]' });
    await t.get('/wiki/Apple?oldid=1');
    await t.get('/wiki/Apple', { Cookie: 'kagami_session=abcdefghijklmnopqrstuvwxyz' });
    await t.get('/wiki/Apple', { Cookie: 'other=1; kagami_spoiler_progress=3' });
    await t.get('/wiki/Pome');
    await t.get('/wiki/Category:Fruit');
    assert.equal(t.cache.stores, 0);
    await t.get('/wiki/Apple', { Cookie: 'other=1' });
    assert.equal(t.cache.stores, 1);
  } finally {
    t.close();
  }
});

test('anonymousPlainView: GET without a query or personal cookies', () => {
  assert.equal(anonymousPlainView('GET', '', undefined), true);
  assert.equal(anonymousPlainView('GET', '', 'theme=dark'), true);
  assert.equal(anonymousPlainView('POST', '', undefined), false);
  assert.equal(anonymousPlainView('GET', '?action=edit', undefined), false);
  assert.equal(anonymousPlainView('GET', '', 'a=1; kagami_session=x'), false);
});

test('the listening server answers cached views before the router, with the same bytes and headers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-viewcache-'));
  const wiki = openWiki({ dataDir: dir, db: ':memory:' });
  const cache = new PageViewCache(wiki);
  const server = await startServer(wiki, 0, { secret: 'test-secret', viewCache: cache, runJobs: false });
  try {
    wiki.save({ title: 'Apple', text: "'''Fruit'''" });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = await fetch(`${base}/wiki/Apple`);
    const html = await first.text();
    const second = await fetch(`${base}/wiki/Apple`);
    assert.equal(await second.text(), html);
    assert.equal(cache.hits, 1);
    for (const name of ['content-type', 'content-length', 'etag']) assert.equal(second.headers.get(name), first.headers.get(name), name);
    assert.equal((await fetch(`${base}/wiki/Apple`, { headers: { 'If-None-Match': first.headers.get('ETag')! } })).status, 304);
    wiki.save({ title: 'Apple', text: "'''Pear'''" });
    assert.match(await (await fetch(`${base}/wiki/Apple`)).text(), /<b>Pear<\/b>/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
