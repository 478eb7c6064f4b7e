import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWiki } from './test-client.ts';

test('/ redirects to the main page; a missing page is a 404 with a create link', async () => {
  const t = testWiki();
  try {
    const root = await t.client.get('/');
    assert.equal(root.status, 301);
    assert.equal(root.headers.get('location'), '/wiki/Main_Page');
    const missing = await t.client.get('/wiki/Main_Page');
    assert.equal(missing.status, 404);
    const body = await missing.text();
    assert.match(body, /<a href="\/index.php\?title=Main_Page&amp;action=edit" class="mw-create-link">create this page<\/a>/);
    assert.match(body, /<link rel="stylesheet" href="\/static\/skin.css">/);
  } finally {
    t.close();
  }
});

test('non-canonical titles redirect with 301 to the canonical URL', async () => {
  const t = testWiki();
  try {
    const cases: Array<[string, string]> = [
      ['/wiki/foo_bar', '/wiki/Foo_bar'],
      ['/wiki/Foo%20bar', '/wiki/Foo_bar'],
      ['/wiki/image:Cat.png', '/wiki/File:Cat.png'],
      ['/wiki/Project:About', '/wiki/Kagami:About'],
      ['/wiki/foo?action=history', '/wiki/Foo?action=history'],
      ['/index.php?title=foo_bar&action=edit', '/index.php?title=Foo_bar&action=edit'],
    ];
    for (const [from, to] of cases) {
      const res = await t.client.get(from);
      assert.equal(res.status, 301, from);
      assert.equal(res.headers.get('location'), to, from);
    }
    assert.equal((await t.client.get('/wiki/Foo_bar')).status, 404);
    assert.equal((await t.client.get('/wiki/A%5BB')).status, 400); // '[' is not allowed in titles
  } finally {
    t.close();
  }
});

test('the static stylesheet is served; unknown files are not', async () => {
  const t = testWiki();
  try {
    const css = await t.client.get('/static/skin.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /aside\.portable-infobox/);
    assert.equal((await t.client.get('/static/..%2Fapp.ts')).status, 404);
  } finally {
    t.close();
  }
});

test('action=raw serves the source as text/x-wiki', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Raw page', text: "Some ''source''" });
    const res = await t.client.get('/index.php?title=Raw_page&action=raw');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/x-wiki; charset=UTF-8');
    assert.equal(await res.text(), "Some ''source''");
    assert.equal((await t.client.get('/index.php?title=Nope&action=raw')).status, 404);
  } finally {
    t.close();
  }
});

test('page status indicators are shown before the heading', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Flagged', text: '<indicator name="b">B</indicator><indicator name="a">[[A]]</indicator>Body' });
    const page = await (await t.client.get('/wiki/Flagged')).text();
    assert.match(page, /<div class="mw-indicators">\n<div id="mw-indicator-a" class="mw-indicator"><a [^>]*>A<\/a><\/div>\n<div id="mw-indicator-b" class="mw-indicator">B<\/div>\n<\/div>\n<h1 id="firstHeading"/);
  } finally {
    t.close();
  }
});

test('redirect pages are followed with "(Redirected from X)"; redirect=no shows the redirect', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Target', text: 'Target text' });
    t.wiki.save({ title: 'Alias', text: '#REDIRECT [[Target]]' });
    const followed = await (await t.client.get('/wiki/Alias')).text();
    assert.match(followed, /<h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">Target<\/span><\/h1>/);
    assert.match(followed, /\(Redirected from <a href="\/index.php\?title=Alias&amp;redirect=no" class="mw-redirect">Alias<\/a>\)/);
    const shown = await (await t.client.get('/index.php?title=Alias&redirect=no')).text();
    assert.match(shown, /<ul class="redirectText"><li><a href="\/wiki\/Target">Target<\/a><\/li><\/ul>/);
  } finally {
    t.close();
  }
});

test('special pages: recent changes, all pages, random, unknown', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Alpha', text: 'a', summary: 'first edit' });
    t.wiki.save({ title: 'Beta', text: 'b' });
    const rc = await (await t.client.get('/wiki/Special:RecentChanges')).text();
    assert.match(rc, /<a href="\/wiki\/Alpha" class="mw-changeslist-title">Alpha<\/a>/);
    assert.match(rc, /\(first edit\)/);
    const all = await (await t.client.get('/wiki/Special:AllPages')).text();
    assert.match(all, /<li><a href="\/wiki\/Alpha">Alpha<\/a><\/li><li><a href="\/wiki\/Beta">Beta<\/a><\/li>/);
    const random = await t.client.get('/wiki/Special:Random');
    assert.equal(random.status, 302);
    assert.match(random.headers.get('location') ?? '', /^\/wiki\/(Alpha|Beta)$/);
    assert.equal((await t.client.get('/wiki/Special:Recentchanges')).status, 200);
    assert.equal((await t.client.get('/wiki/Special:NoSuchThing')).status, 404);
  } finally {
    t.close();
  }
});

test('action=render gives the page HTML without the skin; search goes to an exact title', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Rendered', text: 'Body text' });
    const render = await (await t.client.get('/index.php?title=Rendered&action=render')).text();
    assert.match(render, /^<div class="mw-parser-output">[\s\S]*Body text/);
    assert.doesNotMatch(render, /<html/);
    const found = await t.client.get('/index.php?title=Special:Search&search=rendered');
    assert.equal(found.status, 302);
    assert.equal(found.headers.get('location'), '/wiki/Rendered');
    const notFound = await (await t.client.get('/index.php?title=Special:Search&search=Elsewhere')).text();
    assert.match(notFound, /Create the page "<a href="\/index.php\?title=Elsewhere&amp;action=edit&amp;redlink=1" class="new"[^>]*>Elsewhere<\/a>" on this wiki!/);
  } finally {
    t.close();
  }
});

test('index.php?oldid=N without a title shows that revision; an unknown action is refused', async () => {
  const t = testWiki();
  try {
    const rev = t.wiki.save({ title: 'Versions', text: 'first version' }).revision.revId;
    t.wiki.save({ title: 'Versions', text: 'second version' });
    const old = await t.client.get(`/index.php?oldid=${rev}`);
    assert.equal(old.status, 200);
    assert.match(await old.text(), /first version/);
    assert.equal((await t.client.get('/index.php?title=Versions&action=frobnicate')).status, 400);
  } finally {
    t.close();
  }
});
