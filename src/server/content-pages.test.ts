import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, testWiki } from './test-client.ts';
import { logInAs } from './test-login.ts';

const brokenModule = 'local p = {}\nfunction p.main()\n  return "x" ..\nend\nreturn p';

test('a module page shows its doc page and numbered source; the doc page names its module', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Module:Greet', text: 'local p = {}\nreturn p' });
    t.wiki.save({ title: 'Module:Greet/doc', text: '== Usage ==\nSays hello.' });
    const res = await t.client.get('/wiki/Module:Greet');
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.match(page, /<div class="mw-parser-output"><h2><span class="mw-headline" id="Usage">Usage<\/span><span class="mw-editsection">[\s\S]*?title=Module:Greet\/doc&amp;action=edit&amp;section=1[\s\S]*?<p>Says hello\.\n<\/p>\n<hr \/><div class="mw-highlight mw-highlight-lang-lua/);
    assert.match(page, /<span id="L-2"><span class="linenos" data-line="2"><\/span><span class="k">return<\/span> p\n<\/span>/);
    const doc = await (await t.client.get('/wiki/Module:Greet/doc')).text();
    assert.match(doc, /<p><b>This is the documentation page for <a href="\/wiki\/Module:Greet" title="Module:Greet">Module:Greet<\/a><\/b>\n<\/p>/);
  } finally {
    t.close();
  }
});

test('saving a module that does not compile warns with the line; it is saved only when confirmed', async () => {
  const t = testWiki();
  try {
    const form = await t.client.editForm('/index.php?title=Module:Broken&action=edit');
    const page = await (await t.client.get('/index.php?title=Module:Broken&action=edit')).text();
    assert.match(page, /name="scribunto_ignore_errors"[^>]*> Allow saving code with errors/);
    const preview = await (await t.client.post('/index.php?title=Module:Broken&action=submit', { ...form, wpTextbox1: brokenModule, wpPreview: '1' })).text();
    assert.match(preview, /<div class="errorbox">Script error: Lua error in Module:Broken at line 4: unexpected symbol near 'end'\.<\/div><div class="mw-highlight mw-highlight-lang-lua/);
    const refused = await t.client.post('/index.php?title=Module:Broken&action=submit', { ...form, wpTextbox1: brokenModule, wpSave: '1' });
    assert.equal(refused.status, 400);
    const body = await refused.text();
    assert.match(body, /<div class="errorbox mw-content-validation-error"[^>]*><p><strong>Script error: Lua error in Module:Broken at line 4: unexpected symbol near &#0?39;end&#0?39;\.<\/strong><\/p>/);
    assert.match(body, /<textarea name="wpTextbox1"[^>]*>\nlocal p = \{\}/);
    assert.equal(t.wiki.getPage('Module:Broken'), null);
    const saved = await t.client.post('/index.php?title=Module:Broken&action=submit', { ...form, wpTextbox1: brokenModule, scribunto_ignore_errors: '1', wpSave: '1' });
    assert.equal(saved.status, 303);
    assert.equal(t.wiki.getPage('Module:Broken')?.revision.model, 'Scribunto');
  } finally {
    t.close();
  }
});

test('invalid JSON is refused with a clear error and no way around it', async () => {
  const t = testWiki();
  try {
    await logInAs(t.wiki, t.client, 'Admin', ['sysop']);
    const form = await t.client.editForm('/index.php?title=MediaWiki:Config.json&action=edit');
    const res = await t.client.post('/index.php?title=MediaWiki:Config.json&action=submit', { ...form, wpTextbox1: '{"a": [1, 2}', scribunto_ignore_errors: '1', wpSave: '1' });
    assert.equal(res.status, 400);
    const body = await res.text();
    assert.match(body, /Invalid JSON data: Syntax error, malformed JSON \(line 1\)\./);
    assert.doesNotMatch(body, /Allow saving code with errors/);
    assert.equal(t.wiki.getPage('MediaWiki:Config.json'), null);
    const ok = await t.client.post('/index.php?title=MediaWiki:Config.json&action=submit', { ...form, wpTextbox1: '{"a": [1, 2]}', wpSave: '1' });
    assert.equal(ok.status, 303);
    const view = await (await t.client.get('/wiki/MediaWiki:Config.json')).text();
    assert.match(view, /<div class="mw-highlight mw-highlight-lang-json[^"]*" dir="ltr"><pre>[\s\S]*data-line="4"/);
  } finally {
    t.close();
  }
});

test('action=raw: the content type by model or ctype=, scripts only from MediaWiki: and user pages, revision ETags', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'MediaWiki:Common.css', text: '.x { color: red; }' });
    t.wiki.save({ title: 'MediaWiki:Common.js', text: 'var a = 1;' });
    t.wiki.save({ title: 'MediaWiki:Data.json', text: '{"a": 1}' });
    t.wiki.save({ title: 'Module:M', text: 'return {}' });
    t.wiki.save({ title: 'Plain', text: "''wiki''" });
    const type = async (q: string) => (await t.client.get(`/index.php?title=${q}&action=raw`)).headers.get('content-type');
    assert.equal(await type('MediaWiki:Common.css'), 'text/css; charset=UTF-8');
    assert.equal(await type('MediaWiki:Common.js'), 'text/javascript; charset=UTF-8');
    assert.equal(await type('MediaWiki:Data.json'), 'application/json; charset=UTF-8');
    assert.equal(await type('Module:M'), 'text/x-wiki; charset=UTF-8');
    assert.equal(await type('Plain'), 'text/x-wiki; charset=UTF-8');
    assert.equal(await type('Plain&ctype=text/css'), 'text/css; charset=UTF-8');
    assert.equal(await type('Plain&ctype=image/png'), 'text/x-wiki; charset=UTF-8');
    assert.equal((await t.client.get('/index.php?title=Plain&action=raw&ctype=text/javascript')).status, 403);
    assert.equal((await t.client.get('/index.php?title=Plain&action=raw&gen=js')).status, 403);

    const rev = t.wiki.getPage('MediaWiki:Common.css')!.revision.revId;
    const css = await t.client.get('/index.php?title=MediaWiki:Common.css&action=raw&ctype=text/css');
    assert.equal(await css.text(), '.x { color: red; }');
    assert.equal(css.headers.get('etag'), `"${rev}"`);
    assert.equal(css.headers.get('cache-control'), 'private, max-age=0, must-revalidate');
    const again = await t.app.request('/index.php?title=MediaWiki:Common.css&action=raw&ctype=text/css', { headers: { 'If-None-Match': `"${rev}"` } });
    assert.equal(again.status, 304);
    const pinned = await t.client.get(`/index.php?title=MediaWiki:Common.css&action=raw&ctype=text/css&version=${rev}`);
    assert.equal(pinned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  } finally {
    t.close();
  }
});

test('the skin links the site styles by revision; the site script only when wgUseSiteJs is on', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Somewhere', text: 'Text' });
    const before = await (await t.client.get('/wiki/Somewhere')).text();
    assert.doesNotMatch(before, /action=raw/, 'no site styles while the pages do not exist');
    t.wiki.save({ title: 'MediaWiki:Common.css', text: '.infobox { float: right; }' });
    t.wiki.save({ title: 'MediaWiki:Kagami.css', text: 'body { margin: 0; }' });
    t.wiki.save({ title: 'MediaWiki:Common.js', text: 'console.log(1);' });
    const common = t.wiki.getPage('MediaWiki:Common.css')!.revision.revId;
    const skin = t.wiki.getPage('MediaWiki:Kagami.css')!.revision.revId;
    const page = await (await t.client.get('/wiki/Somewhere')).text();
    const head = page.slice(0, page.indexOf('</head>'));
    assert.match(head, new RegExp(`<link rel="stylesheet" href="/static/skin.css">[\\s\\S]*<link rel="stylesheet" href="/index.php\\?title=MediaWiki:Common.css&amp;action=raw&amp;ctype=text/css&amp;version=${common}">\\n<link rel="stylesheet" href="/index.php\\?title=MediaWiki:Kagami.css&amp;action=raw&amp;ctype=text/css&amp;version=${skin}">`));
    assert.doesNotMatch(head, /Common\.js/);
    const served = await t.client.get(`/index.php?title=MediaWiki:Common.css&action=raw&ctype=text/css&version=${common}`);
    assert.equal(served.headers.get('content-type'), 'text/css; charset=UTF-8');
    assert.equal(await served.text(), '.infobox { float: right; }');

    t.wiki.config = { ...t.wiki.config, wgUseSiteJs: true }; // changed settings are a new object, as reloadConfig makes
    const withJs = await (await t.client.get('/wiki/Somewhere')).text();
    const js = t.wiki.getPage('MediaWiki:Common.js')!.revision.revId;
    assert.match(withJs, new RegExp(`<script src="/index.php\\?title=MediaWiki:Common.js&amp;action=raw&amp;ctype=text/javascript&amp;version=${js}" defer></script>`));
    t.wiki.config = { ...t.wiki.config, wgUseSiteCss: false };
    assert.doesNotMatch(await (await t.client.get('/wiki/Somewhere')).text(), /Common\.css/);
  } finally {
    t.close();
  }
});

test('interface pages need editinterface, site CSS editsitecss; user CSS its owner or edituser*', async () => {
  const t = testWiki();
  try {
    const attempt = async (client: TestClient, title: string, text: string) => {
      const form = await client.editForm(`/index.php?title=${title}&action=edit`);
      return (await client.post(`/index.php?title=${title}&action=submit`, { ...form, wpTextbox1: text, wpSave: '1' })).status;
    };
    const anonymous = t.client;
    assert.equal(await attempt(anonymous, 'MediaWiki:Sidebar', '* x'), 403);
    assert.equal(await attempt(anonymous, 'MediaWiki:Common.css', 'body { display: none; }'), 403);
    const sysop = new TestClient(t.app);
    await logInAs(t.wiki, sysop, 'Sysop', ['sysop']);
    assert.equal(await attempt(sysop, 'MediaWiki:Sidebar', '* x'), 303);
    const refused = await sysop.post('/index.php?title=MediaWiki:Common.css&action=submit', { ...(await sysop.editForm('/index.php?title=MediaWiki:Common.css&action=edit')), wpTextbox1: 'body { color: red; }', wpSave: '1' });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /the &quot;editsitecss&quot; right is needed|the "editsitecss" right is needed/);
    const admin = new TestClient(t.app);
    await logInAs(t.wiki, admin, 'Styler', ['interface-admin']);
    assert.equal(await attempt(admin, 'MediaWiki:Common.css', 'body { color: red; }'), 303);
    assert.equal(await attempt(sysop, 'User:Sysop/common.css', 'a { color: green; }'), 303);
    assert.equal(await attempt(sysop, 'User:Styler/common.css', 'a { color: green; }'), 403);
    assert.equal(await attempt(admin, 'User:Sysop/common.css', 'a { color: blue; }'), 303);
  } finally {
    t.close();
  }
});
