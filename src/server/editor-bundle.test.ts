import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWiki } from './test-client.ts';

test('the edit form loads the editor bundle from a hashed, immutable URL and names its API, title and model', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Module:Data', text: 'return {}', user: 'Tester', summary: 'seed' });
    const page = await (await t.client.get('/index.php?title=Some_page&action=edit')).text();
    const src = /<script src="(\/static\/editor\.[0-9a-f]{16}\.js)" defer><\/script>/.exec(page)?.[1];
    assert.ok(src, 'editor script tag');
    assert.match(page, /<form id="editform"[^>]* data-editor-api="\/api\.php" data-editor-title="Some page" data-editor-model="wikitext">/);
    assert.match(page, /<textarea name="wpTextbox1" id="wpTextbox1"/, 'the plain textarea is still in the form');
    const module = await (await t.client.get('/index.php?title=Module:Data&action=edit')).text();
    assert.match(module, /data-editor-model="Scribunto"/);

    const res = await t.client.get(src);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    const code = await res.text();
    assert.ok(code.length > 10_000);
    assert.match(code, /kagami-toolbar/);
    assert.match(code, /wt-template/);

    assert.equal((await t.client.get('/static/editor.0123456789abcdef.js')).status, 404);
  } finally {
    t.close();
  }
});
