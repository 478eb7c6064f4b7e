/**
 * The behaviour every WikiRepository implementation must show; each implementation's test
 * file runs this suite against a fresh, empty database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditConflictError, type WikiRepository } from './repository.ts';
import { sha1Base36 } from './sha1.ts';
import { repositoryExtrasContract } from './repository-contract-extras.ts';
import { repositoryFilesContract } from './repository-contract-files.ts';
import { repositoryUsersContract } from './repository-contract-users.ts';
import { repositoryCommunityContract } from './repository-contract-community.ts';
import { repositoryPageDataContract } from './repository-contract-page-data.ts';
import { newRevision } from './test-factories.ts';

export function repositoryContract(name: string, open: () => WikiRepository): void {
  const withRepo = (fn: (repo: WikiRepository) => void) => () => {
    const repo = open();
    try { fn(repo); } finally { repo.close(); }
  };

  test(`${name}: saving creates the page and its first revision`, withRepo((repo) => {
    const { page, revision, created } = repo.saveRevision(newRevision({ dbKey: 'Alpha', text: 'héllo' }));
    assert.equal(created, true);
    assert.equal(page.dbKey, 'Alpha');
    assert.equal(page.latestRevisionId, revision.revId);
    assert.equal(page.length, 6);
    assert.equal(revision.sha1, sha1Base36('héllo'));
    assert.equal(revision.parentId, null);
    assert.equal(repo.getRevision(revision.revId)?.text, 'héllo');
    assert.equal(repo.getLatestRevision(page.pageId)?.text, 'héllo');
    assert.equal(repo.countPages(), 1);
  }));

  test(`${name}: revisions are appended with their parent, newest listed first`, withRepo((repo) => {
    const first = repo.saveRevision(newRevision({ text: 'one' })).revision;
    const second = repo.saveRevision(newRevision({ text: 'two', baseRevId: first.revId, minor: true })).revision;
    assert.equal(second.parentId, first.revId);
    assert.equal(second.minor, true);
    const history = repo.listRevisions(second.pageId, { limit: 10 });
    assert.deepEqual(history.map((r) => r.revId), [second.revId, first.revId]);
    assert.deepEqual(repo.listRevisions(second.pageId, { limit: 1, offset: 1 }).map((r) => r.revId), [first.revId]);
  }));

  test(`${name}: a stale base revision is an edit conflict and writes nothing`, withRepo((repo) => {
    const first = repo.saveRevision(newRevision({ text: 'one' })).revision;
    repo.saveRevision(newRevision({ text: 'two', baseRevId: first.revId }));
    assert.throws(() => repo.saveRevision(newRevision({ text: 'three', baseRevId: first.revId })), EditConflictError);
    assert.throws(() => repo.saveRevision(newRevision({ text: 'again', baseRevId: null })), EditConflictError);
    assert.equal(repo.listRevisions(first.pageId, { limit: 10 }).length, 2);
  }));

  test(`${name}: equal texts are stored once and kept apart per revision`, withRepo((repo) => {
    const a = repo.saveRevision(newRevision({ dbKey: 'A', text: 'same' })).revision;
    const b = repo.saveRevision(newRevision({ dbKey: 'B', text: 'same' })).revision;
    assert.equal(a.sha1, b.sha1);
    assert.equal(repo.getRevision(b.revId)?.text, 'same');
  }));

  test(`${name}: wanted ids are kept when free and replaced when taken`, withRepo((repo) => {
    const a = repo.saveRevision(newRevision({ dbKey: 'A', revId: 50, pageId: 7 }));
    assert.equal(a.revision.revId, 50);
    assert.equal(a.page.pageId, 7);
    const b = repo.saveRevision(newRevision({ dbKey: 'B', revId: 50, pageId: 7 }));
    assert.equal(b.revision.revId, 51);
    assert.equal(b.page.pageId, 8);
  }));

  test(`${name}: an older imported revision does not become the current one`, withRepo((repo) => {
    const newer = repo.saveRevision(newRevision({ text: 'new', timestamp: '2024-05-01T00:00:00Z' })).revision;
    repo.saveRevision(newRevision({ text: 'old', timestamp: '2020-05-01T00:00:00Z', parentId: null }));
    const page = repo.getPageById(newer.pageId)!;
    assert.equal(page.latestRevisionId, newer.revId);
    const found = repo.findRevision(page.pageId, '2020-05-01T00:00:00Z', sha1Base36('old'));
    assert.ok(found);
    assert.equal(repo.findRevision(page.pageId, '2020-05-01T00:00:00Z', sha1Base36('other')), null);
  }));

  test(`${name}: a failing transaction leaves nothing behind`, withRepo((repo) => {
    assert.throws(() => repo.transaction(() => {
      repo.saveRevision(newRevision({ dbKey: 'Ghost' }));
      throw new Error('abort');
    }), /abort/);
    assert.equal(repo.getPage(0, 'Ghost'), null);
    assert.equal(repo.recentChanges({ limit: 10 }).length, 0);
  }));

  test(`${name}: recent changes list edits newest first, filtered by namespace`, withRepo((repo) => {
    const first = repo.saveRevision(newRevision({ dbKey: 'A', text: 'abc' })).revision;
    repo.saveRevision(newRevision({ dbKey: 'A', text: 'abcdef', baseRevId: first.revId, comment: 'grow' }));
    repo.saveRevision(newRevision({ namespace: 10, dbKey: 'T' }));
    repo.saveRevision(newRevision({ dbKey: 'Imported', recordChange: false }));
    const all = repo.recentChanges({ limit: 10 });
    assert.deepEqual(all.map((c) => c.dbKey), ['T', 'A', 'A']);
    assert.deepEqual([all[1].isNew, all[1].oldSize, all[1].newSize, all[1].comment], [false, 3, 6, 'grow']);
    assert.equal(all[2].isNew, true);
    assert.deepEqual(repo.recentChanges({ limit: 10, namespace: 10 }).map((c) => c.dbKey), ['T']);
  }));

  test(`${name}: pages list in title order, exist checks and random pages`, withRepo((repo) => {
    for (const key of ['Cherry', 'Apple', 'Banana']) repo.saveRevision(newRevision({ dbKey: key }));
    repo.saveRevision(newRevision({ namespace: 10, dbKey: 'Box' }));
    assert.deepEqual(repo.listPages({ namespace: 0, limit: 10 }).map((p) => p.dbKey), ['Apple', 'Banana', 'Cherry']);
    assert.deepEqual(repo.listPages({ namespace: 0, from: 'B', limit: 1 }).map((p) => p.dbKey), ['Banana']);
    const exist = repo.existingPages([{ namespace: 0, dbKey: 'Apple' }, { namespace: 0, dbKey: 'Box' }, { namespace: 10, dbKey: 'Box' }]);
    assert.deepEqual([...exist].sort(), ['0:Apple', '10:Box']);
    assert.equal(repo.randomPage(10)?.dbKey, 'Box');
    assert.equal(repo.randomPage(4), null);
  }));

  test(`${name}: iteratePages gives every revision oldest first, or only the current`, withRepo((repo) => {
    const first = repo.saveRevision(newRevision({ dbKey: 'A', text: 'v1' })).revision;
    repo.saveRevision(newRevision({ dbKey: 'A', text: 'v2', baseRevId: first.revId }));
    repo.saveRevision(newRevision({ dbKey: 'B', text: 'b' }));
    const all = [...repo.iteratePages({ currentOnly: false })].map((p) => [p.page.dbKey, [...p.revisions].map((r) => r.text)]);
    assert.deepEqual(all, [['A', ['v1', 'v2']], ['B', ['b']]]);
    const current = [...repo.iteratePages({ currentOnly: true })].map((p) => [...p.revisions].map((r) => r.text));
    assert.deepEqual(current, [['v2'], ['b']]);
  }));

  test(`${name}: meta values are stored and replaced`, withRepo((repo) => {
    assert.equal(repo.getMeta('k'), null);
    repo.setMeta('k', 'v1');
    repo.setMeta('k', 'v2');
    assert.equal(repo.getMeta('k'), 'v2');
  }));

  repositoryExtrasContract(name, withRepo);
  repositoryFilesContract(name, withRepo);
  repositoryUsersContract(name, withRepo);
  repositoryCommunityContract(name, withRepo);
  repositoryPageDataContract(name, withRepo);
}
