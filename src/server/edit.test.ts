import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, withTestServer } from './test-client.ts';

test('editing: the form carries a token and the base revision; saving creates a revision', withTestServer(async (t) => {
  const form = await t.client.editForm('/index.php?title=New_page&action=edit');
  assert.equal(form.baseRevId, '0');
  assert.ok(form.wpEditToken);
  const res = await t.client.post('/index.php?title=New_page&action=submit', {
    ...form, wpTextbox1: 'Hello world', wpSummary: 'create', wpSave: '1',
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/wiki/New_page');
  const page = t.wiki.getPage('New page');
  assert.equal(page?.revision.text, 'Hello world');
  assert.equal(page?.revision.comment, 'create');

  const again = await t.client.editForm('/index.php?title=New_page&action=edit');
  assert.equal(again.wpTextbox1, 'Hello world');
  assert.equal(again.baseRevId, String(page?.revision.revId));
  await t.client.post('/index.php?title=New_page&action=submit', { ...again, wpTextbox1: 'Hello there', wpMinoredit: '1', wpSave: '1' });
  const second = t.wiki.getPage('New page')!;
  assert.equal(second.revision.text, 'Hello there');
  assert.equal(second.revision.minor, true);
}));

test('a missing or forged edit token is refused and the text kept', withTestServer(async (t) => {
  const form = await t.client.editForm('/index.php?title=Guarded&action=edit');
  for (const token of ['', 'forged.token', `${form.wpEditToken}x`]) {
    const res = await t.client.post('/index.php?title=Guarded&action=submit', { ...form, wpEditToken: token, wpTextbox1: 'sneaky', wpSave: '1' });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /loss of session data[\s\S]*<textarea[^>]*>\nsneaky<\/textarea>/);
  }
  // A valid token from another browser (another session cookie) is refused too.
  const stranger = new TestClient(t.app);
  const res = await stranger.post('/index.php?title=Guarded&action=submit', { ...form, wpTextbox1: 'sneaky', wpSave: '1' });
  assert.equal(res.status, 403);
  assert.equal(t.wiki.getPage('Guarded'), null);
}));

test('preview renders the text without saving; show changes diffs against the current text', withTestServer(async (t) => {
  t.wiki.save({ title: 'Doc', text: 'line one\nline two' });
  const form = await t.client.editForm('/index.php?title=Doc&action=edit');
  const preview = await t.client.post('/index.php?title=Doc&action=submit', { ...form, wpTextbox1: 'previewed text', wpPreview: '1' });
  assert.equal(preview.status, 200);
  const previewHtml = await preview.text();
  assert.match(previewHtml, /Remember that this is only a preview/);
  assert.match(previewHtml, /<div class="preview-box" id="wikiPreview"><div class="mw-parser-output">[\s\S]*previewed text/);
  const diff = await (await t.client.post('/index.php?title=Doc&action=submit', { ...form, wpTextbox1: 'line one\nline 2', wpDiff: '1' })).text();
  assert.match(diff, /<del class="diffchange diffchange-inline">two<\/del>/);
  assert.match(diff, /<ins class="diffchange diffchange-inline">2<\/ins>/);
  assert.equal(t.wiki.getPage('Doc')?.revision.text, 'line one\nline two');
}));

test('an edit based on an old revision never overwrites a newer one', withTestServer(async (t) => {
  t.wiki.save({ title: 'Busy', text: 'a\nb\nc\nd\ne\nf' });
  const form = await t.client.editForm('/index.php?title=Busy&action=edit');
  t.wiki.save({ title: 'Busy', text: 'a\nB (theirs)\nc\nd\ne\nf', user: 'Other' });

  // Overlapping change: the conflict page keeps the editor's text.
  const res = await t.client.post('/index.php?title=Busy&action=submit', { ...form, wpTextbox1: 'a\nb (mine)\nc\nd\ne\nf', wpSave: '1' });
  assert.equal(res.status, 409);
  const body = await res.text();
  assert.match(body, /Edit conflict/);
  assert.match(body, /<textarea name="wpTextbox1"[^>]*>\na\nb \(mine\)\nc/);
  assert.equal(t.wiki.getPage('Busy')?.revision.text, 'a\nB (theirs)\nc\nd\ne\nf');

  // Changes to other lines merge.
  const merged = await t.client.post('/index.php?title=Busy&action=submit', { ...form, wpTextbox1: 'a\nb\nc\nd\ne\nF (mine)', wpSave: '1' });
  assert.equal(merged.status, 303);
  assert.equal(t.wiki.getPage('Busy')?.revision.text, 'a\nB (theirs)\nc\nd\ne\nF (mine)');
}));

test('section editing edits the right section', withTestServer(async (t) => {
  t.wiki.save({ title: 'Sections', text: 'Intro\n== One ==\nfirst\n== Two ==\nsecond\n=== Two.1 ===\nnested' });
  const form = await t.client.editForm('/index.php?title=Sections&action=edit&section=2');
  assert.equal(form.wpTextbox1, '== Two ==\nsecond\n=== Two.1 ===\nnested');
  assert.equal(form.wpSection, '2');
  const res = await t.client.post('/index.php?title=Sections&action=submit', { ...form, wpTextbox1: '== Two ==\nchanged', wpSave: '1' });
  assert.equal(res.status, 303);
  assert.equal(t.wiki.getPage('Sections')?.revision.text, 'Intro\n== One ==\nfirst\n== Two ==\nchanged');
  assert.equal((await t.client.get('/index.php?title=Sections&action=edit&section=9')).status, 404);
}));

test('history lists revisions with links to diffs and old revisions; diffs compare any two', withTestServer(async (t) => {
  const r1 = t.wiki.save({ title: 'Hist', text: 'version one', summary: 'start', user: 'Alice' }).revision.revId;
  const r2 = t.wiki.save({ title: 'Hist', text: 'version two', summary: 'fix', user: 'Bob', minor: true }).revision.revId;
  const r3 = t.wiki.save({ title: 'Hist', text: 'version three', user: 'Carol' }).revision.revId;
  const history = await (await t.client.get('/index.php?title=Hist&action=history')).text();
  const order = [...history.matchAll(/data-mw-revid="(\d+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(order, [r3, r2, r1]);
  assert.match(history, new RegExp(`<a href="/index.php\\?title=Hist&amp;diff=prev&amp;oldid=${r2}"`));
  assert.match(history, new RegExp(`<a href="/index.php\\?title=Hist&amp;diff=${r3}&amp;oldid=${r1}"`));
  assert.match(history, /<abbr class="minoredit"/);
  assert.match(history, /\(fix\)/);

  const prev = await (await t.client.get(`/index.php?title=Hist&diff=prev&oldid=${r2}`)).text();
  assert.match(prev, /version <del class="diffchange diffchange-inline">one<\/del>/);
  assert.match(prev, /version <ins class="diffchange diffchange-inline">two<\/ins>/);
  const cur = await (await t.client.get(`/index.php?title=Hist&diff=cur&oldid=${r1}`)).text();
  assert.match(cur, /<ins class="diffchange diffchange-inline">three<\/ins>/);
  const next = await (await t.client.get(`/index.php?diff=next&oldid=${r1}`)).text();
  assert.match(next, /<ins class="diffchange diffchange-inline">two<\/ins>/);
  const any = await (await t.client.get(`/index.php?title=Hist&diff=${r1}&oldid=${r3}`)).text();
  assert.match(any, /<del class="diffchange diffchange-inline">one<\/del>/);

  const old = await t.client.get(`/index.php?title=Hist&oldid=${r1}`);
  assert.equal(old.status, 200);
  const oldHtml = await old.text();
  assert.match(oldHtml, /version one/);
  assert.match(oldHtml, /Revision as of/);
  assert.equal((await t.client.get('/index.php?title=Hist&oldid=99999')).status, 404);
}));
