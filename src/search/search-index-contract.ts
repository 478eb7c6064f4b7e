/**
 * The behaviour every SearchIndex implementation must show; each backend's test file runs
 * this suite on a fresh, empty repository (pages saved through it, entries written by hand).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WikiRepository } from '../storage/repository.ts';
import { newRevision } from '../storage/test-factories.ts';
import type { SearchIndex } from './search-index.ts';
import { searchIndexFor } from './search-index-for.ts';

export function searchIndexContract(name: string, open: () => WikiRepository): void {
  const withIndex = (fn: (index: SearchIndex, repo: WikiRepository, add: Adder) => void) => () => {
    const repo = open();
    try {
      const index = searchIndexFor(repo);
      assert.ok(index, 'the repository has a search index');
      fn(index, repo, adder(repo, index));
    } finally {
      repo.close();
    }
  };
  const titles = (r: { hits: Array<{ dbKey: string }> }) => r.hits.map((h) => h.dbKey);

  test(`${name}: text matches with highlighted snippets and their total`, withIndex((index, _repo, add) => {
    add('Kagamine_Len', 'Kagamine Len is a Vocaloid. He sings with Kagamine Rin & friends.');
    add('Hatsune_Miku', 'Hatsune Miku is a Vocaloid too.');
    add('Road_roller', 'A machine.');
    const r = index.search('vocaloid', { what: 'text', limit: 10 });
    assert.equal(r.total, 2);
    assert.deepEqual(titles(r).sort(), ['Hatsune_Miku', 'Kagamine_Len']);
    const len = r.hits.find((h) => h.dbKey === 'Kagamine_Len')!;
    assert.equal(len.snippet, 'Kagamine Len is a <span class="searchmatch">Vocaloid</span>. He sings with Kagamine Rin &amp; friends.');
    assert.equal(len.wordCount, 11);
    assert.equal(len.namespace, 0);
    assert.equal(len.isRedirect, false);
    assert.match(len.timestamp, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(index.search('nothing-like-this', { what: 'text', limit: 10 }), { total: 0, hits: [] });
    assert.equal(index.count(), 3);
  }));

  test(`${name}: title matches look at titles only; text matches rank a title match first`, withIndex((index, _repo, add) => {
    add('Kagamine_Rin', 'Her brother is mentioned once: Len.');
    add('Len_(disambiguation)', 'Several singers.');
    add('Songs', 'Len sings. Len dances. Len and Len again, with Len.');
    const t = index.search('len', { what: 'title', limit: 10 });
    assert.deepEqual(titles(t), ['Len_(disambiguation)']);
    assert.equal(t.hits[0].titleSnippet, '<span class="searchmatch">Len</span> (disambiguation)');
    const x = index.search('len', { what: 'text', limit: 10 });
    assert.deepEqual(titles(x), ['Len_(disambiguation)', 'Songs', 'Kagamine_Rin']);
  }));

  test(`${name}: phrases, prefixes, exclusions and OR`, withIndex((index, _repo, add) => {
    add('A', 'The road roller arrives.');
    add('B', 'A roller on the road.');
    add('C', 'Kagamine twins on the road.');
    assert.deepEqual(titles(index.search('"road roller"', { what: 'text', limit: 10 })), ['A']);
    assert.deepEqual(titles(index.search('kaga*', { what: 'text', limit: 10 })), ['C']);
    assert.deepEqual(titles(index.search('"the road rol"*', { what: 'text', limit: 10 })), ['A']);
    assert.deepEqual(titles(index.search('road -roller', { what: 'text', limit: 10 })), ['C']);
    assert.deepEqual(titles(index.search('twins OR arrives', { what: 'text', limit: 10 })).sort(), ['A', 'C']);
    const prefix = index.search('kaga*', { what: 'text', limit: 10 }).hits[0];
    assert.equal(prefix.snippet, '<span class="searchmatch">Kagamine</span> twins on the road.');
    assert.deepEqual(index.search('-roller', { what: 'text', limit: 10 }), { total: 0, hits: [] });
  }));

  test(`${name}: case, Latin diacritics and other scripts fold the same way`, withIndex((index, _repo, add) => {
    add('Cafe', 'Un café à Paris. Путин поёт. 東京タワー.');
    for (const q of ['CAFE', 'café', 'путин', 'ПУТИН', '東京タワー', 'поёт']) {
      assert.deepEqual(titles(index.search(q, { what: 'text', limit: 10 })), ['Cafe'], q);
    }
    assert.equal(index.search('путин', { what: 'text', limit: 1 }).hits[0].snippet, 'Un café à Paris. <span class="searchmatch">Путин</span> поёт. 東京タワー.');
  }));

  test(`${name}: namespaces, redirects, limit and offset`, withIndex((index, _repo, add) => {
    for (let i = 1; i <= 5; i++) add(`Page_${i}`, `common word ${'extra '.repeat(i)}`);
    add('Common', 'common word', 10);
    add('Redirect_common', '', 0, true);
    const all = index.search('common', { what: 'text', limit: 10 });
    assert.equal(all.total, 6, 'the redirect is not a text match');
    const main = index.search('common', { what: 'text', namespaces: [0], limit: 2, offset: 2 });
    assert.equal(main.total, 5);
    assert.equal(main.hits.length, 2);
    const pages = [0, 2, 4].flatMap((offset) => titles(index.search('common', { what: 'text', namespaces: [0], limit: 2, offset })));
    assert.deepEqual(pages.sort(), ['Page_1', 'Page_2', 'Page_3', 'Page_4', 'Page_5']);
    assert.deepEqual(titles(index.search('common', { what: 'text', namespaces: [10], limit: 10 })), ['Common']);
    assert.deepEqual(index.search('common', { what: 'text', namespaces: [], limit: 10 }).total, 0);
    assert.deepEqual(titles(index.search('common', { what: 'title', limit: 10 })), ['Common', 'Redirect_common']);
  }));

  test(`${name}: entries are replaced, renamed and removed`, withIndex((index, repo, add) => {
    const id = add('Old_name', 'original words');
    index.update({ pageId: id, namespace: 0, title: 'Old name', text: 'replacement text', revId: 0 });
    assert.equal(index.search('original', { what: 'text', limit: 10 }).total, 0);
    assert.equal(index.search('replacement', { what: 'text', limit: 10 }).total, 1);
    repo.movePage(id, 0, 'New_name');
    index.rename(id, 0, 'New name');
    assert.equal(index.search('old', { what: 'title', limit: 10 }).total, 0);
    assert.deepEqual(titles(index.search('new', { what: 'title', limit: 10 })), ['New_name']);
    assert.equal(index.search('replacement', { what: 'text', limit: 10 }).total, 1, 'the text stays after a rename');
    index.remove(id);
    assert.equal(index.search('replacement', { what: 'text', limit: 10 }).total, 0);
    assert.equal(index.count(), 0);
  }));

  test(`${name}: an update joins the caller's transaction`, withIndex((index, repo, add) => {
    const id = add('Page', 'before');
    assert.throws(() => repo.transaction(() => {
      index.update({ pageId: id, namespace: 0, title: 'Page', text: 'after', revId: 0 });
      throw new Error('rolled back');
    }), /rolled back/);
    assert.equal(index.search('before', { what: 'text', limit: 10 }).total, 1);
    assert.equal(index.search('after', { what: 'text', limit: 10 }).total, 0);
  }));

  test(`${name}: pages to index are those without a current entry; entries of gone pages are pruned`, withIndex((index, repo) => {
    const a = repo.saveRevision(newRevision({ dbKey: 'A', text: 'alpha' })).page;
    const b = repo.saveRevision(newRevision({ dbKey: 'B', text: 'beta' })).page;
    assert.deepEqual(index.pagesToIndex(0, 10).map((p) => [p.dbKey, p.text, p.revId]), [['A', 'alpha', a.latestRevisionId], ['B', 'beta', b.latestRevisionId]]);
    index.updateMany([{ pageId: a.pageId, namespace: 0, title: 'A', text: 'alpha', revId: a.latestRevisionId }]);
    assert.deepEqual(index.pagesToIndex(0, 10).map((p) => p.dbKey), ['B']);
    assert.deepEqual(index.pagesToIndex(a.pageId, 10, true).map((p) => p.dbKey), ['B']);
    const newer = repo.saveRevision(newRevision({ dbKey: 'A', text: 'alpha two' })).page;
    assert.deepEqual(index.pagesToIndex(0, 1).map((p) => [p.dbKey, p.revId]), [['A', newer.latestRevisionId]]);
    repo.archivePage(a.pageId);
    assert.equal(index.prune(), 1);
    assert.equal(index.count(), 0);
    index.optimize();
  }));
}

type Adder = (dbKey: string, text: string, namespace?: number, redirect?: boolean) => number;

/** Saves a page and indexes the given text for it. */
function adder(repo: WikiRepository, index: SearchIndex): Adder {
  return (dbKey, text, namespace = 0, redirect = false) => {
    const { page, revision } = repo.saveRevision(newRevision({ dbKey, namespace, text: redirect ? '#REDIRECT [[X]]' : text, isRedirect: redirect }));
    index.update({ pageId: page.pageId, namespace, title: dbKey.replace(/_/g, ' '), text, revId: revision.revId });
    return page.pageId;
  };
}
