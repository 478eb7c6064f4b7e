import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EditConflictError } from '../storage/repository.ts';
import { withTestWiki } from './test-wiki.ts';
import { openWiki } from './wiki.ts';

test('save, then read the page back with its revision', withTestWiki((wiki) => {
  const saved = wiki.save({ title: 'kagamine len', text: 'Hello\r\nworld  \n\n', summary: 'new', user: 'Ann' });
  assert.equal(saved.created, true);
  assert.equal(saved.title.prefixedText, 'Kagamine len');
  const view = wiki.getPage('Kagamine_len')!;
  assert.equal(view.revision.text, 'Hello\nworld');
  assert.equal(view.revision.userName, 'Ann');
  assert.equal(view.revision.comment, 'new');
  assert.equal(view.isCurrent, true);
  assert.equal(wiki.getPage('Missing page'), null);
  assert.equal(wiki.getPage('Bad[title'), null);
}));

test('an edit from a stale revision is an edit conflict', withTestWiki((wiki) => {
  const first = wiki.save({ title: 'A', text: 'one', baseRevId: null });
  wiki.save({ title: 'A', text: 'two', baseRevId: first.revision.revId });
  assert.throws(() => wiki.save({ title: 'A', text: 'three', baseRevId: first.revision.revId }), EditConflictError);
  assert.throws(() => wiki.save({ title: 'A', text: 'again', baseRevId: null }), EditConflictError);
}));

test('saving the same text again is a null edit', withTestWiki((wiki) => {
  const first = wiki.save({ title: 'A', text: 'same' });
  const again = wiki.save({ title: 'A', text: 'same\n', baseRevId: first.revision.revId });
  assert.equal(again.nullEdit, true);
  assert.equal(again.revision.revId, first.revision.revId);
  assert.equal(wiki.history('A')!.revisions.length, 1);
}));

test('redirects are detected on save and followed on read', withTestWiki((wiki) => {
  wiki.save({ title: 'Kagamine Len', text: 'The article.' });
  const saved = wiki.save({ title: 'Len', text: '#redirect: [[kagamine Len|x]] trailing' });
  assert.equal(saved.redirectTarget?.prefixedText, 'Kagamine Len');
  assert.equal(saved.page.isRedirect, true);
  const direct = wiki.getPage('Len')!;
  assert.equal(direct.redirectTarget?.prefixedText, 'Kagamine Len');
  const followed = wiki.getPage('Len', { followRedirect: true })!;
  assert.equal(followed.title.prefixedText, 'Kagamine Len');
  assert.equal(followed.redirectedFrom?.prefixedText, 'Len');
  assert.equal(followed.revision.text, 'The article.');
}));

test('history is newest first and paged; old revisions can be read', withTestWiki((wiki) => {
  let base: number | null = null;
  for (const text of ['v1', 'v2', 'v3']) base = wiki.save({ title: 'H', text, baseRevId: base }).revision.revId;
  const page1 = wiki.history('H', { limit: 2 })!;
  assert.deepEqual(page1.revisions.map((r) => r.size), [2, 2]);
  assert.equal(page1.hasMore, true);
  const oldest = wiki.history('H', { limit: 2, offset: 2 })!.revisions[0];
  const old = wiki.getPage('H', { revId: oldest.revId })!;
  assert.equal(old.revision.text, 'v1');
  assert.equal(old.isCurrent, false);
  assert.equal(wiki.getRevision(oldest.revId)?.title.prefixedText, 'H');
  assert.equal(wiki.history('Nope'), null);
}));

test('recent changes show edits with resolved titles', withTestWiki((wiki) => {
  wiki.save({ title: 'Template:Quote', text: 'q' });
  wiki.save({ title: 'Main Page', text: 'm', summary: 'hi' });
  const changes = wiki.recentChanges({ limit: 5 });
  assert.deepEqual(changes.map((c) => c.title?.prefixedText), ['Main Page', 'Template:Quote']);
  assert.deepEqual(wiki.recentChanges({ namespace: 10 }).map((c) => c.dbKey), ['Quote']);
}));

test('render gives parser output, cached per revision until a template changes', withTestWiki((wiki) => {
  wiki.save({ title: 'Page', text: 'Plain words here.' });
  const view = wiki.getPage('Page')!;
  // The save rendered the new revision (for its link tables): both views are cache hits.
  const out = wiki.render(view);
  assert.match(out.html, /Plain words here\./);
  assert.equal(wiki.render(view), out);
  assert.equal(wiki.parserCache.hits, 2);
  assert.equal(wiki.parserCache.misses, 0);
  // An output that used a template is dropped once the template has a new revision.
  wiki.save({ title: 'Template:T', text: 'x' });
  const tpl = wiki.titles.parse('Template:T')!;
  out.addTemplate(tpl, wiki.getPage(tpl)!.revision.revId);
  wiki.parserCache.set(wiki.parserCache.key(view.revision.revId, 'k'), out);
  assert.equal(wiki.parserCache.get(wiki.parserCache.key(view.revision.revId, 'k')), out);
  wiki.save({ title: 'Template:T', text: 'y' });
  assert.equal(wiki.parserCache.get(wiki.parserCache.key(view.revision.revId, 'k')), null);
}));

test('settings given once are kept in the data dir and reused', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-settings-'));
  try {
    const file = join(dataDir, 'in.json');
    writeFileSync(file, JSON.stringify({ wgSitename: 'Mirror Wiki', wgExtraNamespaces: { 110: 'Forum' } }));
    openWiki({ dataDir, settingsFile: file }).close();
    assert.ok(existsSync(join(dataDir, 'settings.json')));
    assert.ok(existsSync(join(dataDir, 'wiki.sqlite')));
    const wiki = openWiki({ dataDir });
    assert.equal(wiki.config.wgSitename, 'Mirror Wiki');
    assert.equal(wiki.titles.parse('Forum:Talk here')?.ns, 110);
    wiki.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an unreachable PostgreSQL server gives a clear error; bad settings are refused', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kagami-pg-'));
  try {
    assert.throws(() => openWiki({ dataDir, db: 'postgres://u:secret@127.0.0.1:1/wiki' }), /^Error: cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/wiki: /);
    const bad = join(dataDir, 'bad.json');
    writeFileSync(bad, '{ nope');
    assert.throws(() => openWiki({ dataDir, settingsFile: bad }), /not valid JSON/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
