/**
 * The contract for contributions, blocks, watchlists and the acting account's id on log
 * entries and recent changes. Run by repositoryContract for each implementation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewBlock } from './community-store.ts';
import type { WikiRepository } from './repository.ts';
import { newRevision, nextTimestamp } from './test-factories.ts';

const at = '2024-01-01T00:00:00Z';

function block(overrides: Partial<NewBlock>): NewBlock {
  return {
    address: 'Vandal', userId: 0, byId: 1, byName: 'Admin', reason: 'spam', timestamp: nextTimestamp(), expiry: 'infinity',
    anonOnly: false, createAccount: true, allowUsertalk: true, rangeStart: '', rangeEnd: '', sitewide: true, restrictions: [],
    ...overrides,
  };
}

export function repositoryCommunityContract(name: string, withRepo: (fn: (repo: WikiRepository) => void) => () => void): void {
  test(`${name}: contributions list a user's revisions newest first with sizes, top and paging`, withRepo((repo) => {
    const a1 = repo.saveRevision(newRevision({ dbKey: 'A', text: 'aaaa', userName: 'Ann' })).revision;
    const b1 = repo.saveRevision(newRevision({ dbKey: 'B', text: 'b', userName: 'Bob', userId: 2 })).revision;
    const a2 = repo.saveRevision(newRevision({ dbKey: 'A', text: 'aa', userName: 'Ann', baseRevId: a1.revId })).revision;
    const t1 = repo.saveRevision(newRevision({ namespace: 1, dbKey: 'A', text: 'talk', userName: 'Ann' })).revision;
    repo.saveRevision(newRevision({ namespace: 1, dbKey: 'A', text: 'talk 2', userName: 'Bob', baseRevId: t1.revId }));
    const all = repo.community.contributions({ userName: 'Ann', limit: 10 });
    assert.deepEqual(all.map((c) => [c.revId, c.namespace, c.dbKey, c.size, c.parentSize, c.top]), [
      [t1.revId, 1, 'A', 4, null, false],
      [a2.revId, 0, 'A', 2, 4, true],
      [a1.revId, 0, 'A', 4, null, false],
    ]);
    assert.ok(b1.revId > 0);
    assert.deepEqual(repo.community.contributions({ userName: 'Ann', limit: 10, namespaces: [0] }).map((c) => c.revId), [a2.revId, a1.revId]);
    assert.deepEqual(repo.community.contributions({ userName: 'Ann', limit: 10, topOnly: true }).map((c) => c.revId), [a2.revId]);
    const page2 = repo.community.contributions({ userName: 'Ann', limit: 10, from: { timestamp: all[1].timestamp, revId: all[1].revId } });
    assert.deepEqual(page2.map((c) => c.revId), [a2.revId, a1.revId]);
    const oldest = repo.community.contributions({ userName: 'Ann', limit: 2, newer: true });
    assert.deepEqual(oldest.map((c) => c.revId), [a1.revId, a2.revId]);
    assert.deepEqual(repo.community.contributions({ userName: 'Nobody', limit: 10 }), []);
  }));

  test(`${name}: log entries and recent changes keep the acting account's id`, withRepo((repo) => {
    repo.saveRevision(newRevision({ dbKey: 'P', userName: 'Ann', userId: 7 }));
    repo.addLogEntry({ type: 'block', action: 'block', timestamp: at, userName: 'Ann', userId: 7, namespace: 2, dbKey: 'Vandal', pageId: null, comment: 'x' });
    repo.addLogEntry({ type: 'block', action: 'unblock', timestamp: at, userName: 'Ann', userId: 7, namespace: 2, dbKey: 'Vandal', pageId: null, comment: '' });
    assert.deepEqual(repo.listLog({ type: 'block', limit: 10 }).map((e) => [e.action, e.userId]), [['unblock', 7], ['block', 7]]);
    assert.deepEqual(repo.listLog({ action: 'block', limit: 10 }).map((e) => e.action), ['block']);
    assert.deepEqual(repo.recentChanges({ limit: 10 }).map((rc) => rc.userId), [7, 7, 7]);
  }));

  test(`${name}: blocks are stored once per target, found by account or address range, and removed`, withRepo((repo) => {
    const user = repo.community.insertBlock(block({ address: 'Vandal', userId: 5 }))!;
    assert.ok(user.id > 0);
    assert.equal(repo.community.insertBlock(block({ address: 'Vandal', userId: 5 })), null);
    const range = repo.community.insertBlock(block({ address: '192.0.2.0/24', rangeStart: 'C0000200', rangeEnd: 'C00002FF', anonOnly: true, createAccount: false }))!;
    const page = repo.community.insertBlock(block({
      address: '198.51.100.7', rangeStart: 'C6336407', rangeEnd: 'C6336407', sitewide: false,
      restrictions: [{ type: 'page', value: 12 }, { type: 'ns', value: 4 }],
    }))!;
    repo.community.insertBlock(block({ address: 'Gone', userId: 6, expiry: '2023-12-01T00:00:00Z' }));
    assert.deepEqual(repo.community.getBlock(page.id), page);
    assert.deepEqual(repo.community.blockOf('192.0.2.0/24'), range);
    assert.deepEqual(repo.community.blocksAffecting({ userId: 5, now: at }).map((b) => b.id), [user.id]);
    assert.deepEqual(repo.community.blocksAffecting({ userId: 0, addressHex: 'C0000280', now: at }).map((b) => b.id), [range.id]);
    assert.deepEqual(repo.community.blocksAffecting({ userId: 0, addressHex: 'C0000300', now: at }), []);
    assert.deepEqual(repo.community.blocksAffecting({ userId: 6, now: at }), []);
    assert.equal(repo.community.blocksAffecting({ userId: 0, addressHex: 'C6336407', now: at })[0].restrictions.length, 2);
    assert.deepEqual(repo.community.listBlocks({ limit: 10, now: at }).map((b) => b.address), ['198.51.100.7', '192.0.2.0/24', 'Vandal']);
    assert.equal(repo.community.listBlocks({ limit: 10 }).length, 4);
    assert.deepEqual(repo.community.listBlocks({ limit: 10, addresses: ['Vandal'] }).map((b) => b.id), [user.id]);
    assert.deepEqual(repo.community.listBlocks({ limit: 1, offset: 1, now: at }).map((b) => b.id), [range.id]);
    assert.equal(repo.community.deleteBlock(page.id), true);
    assert.equal(repo.community.deleteBlock(page.id), false);
    assert.equal(repo.community.getBlock(page.id), null);
  }));

  test(`${name}: watchlists hold titles per account and list their recent changes`, withRepo((repo) => {
    const ann = repo.users.createUser({ name: 'Ann', passwordHash: 'x', registration: at })!;
    const bob = repo.users.createUser({ name: 'Bob', passwordHash: 'x', registration: at })!;
    repo.community.watch(ann.id, [{ namespace: 0, dbKey: 'W' }, { namespace: 1, dbKey: 'W' }, { namespace: 0, dbKey: 'A' }]);
    repo.community.watch(ann.id, [{ namespace: 0, dbKey: 'W' }]);
    repo.community.watch(bob.id, [{ namespace: 0, dbKey: 'Z' }]);
    assert.equal(repo.community.isWatched(ann.id, { namespace: 1, dbKey: 'W' }), true);
    assert.equal(repo.community.isWatched(bob.id, { namespace: 0, dbKey: 'W' }), false);
    assert.deepEqual(repo.community.watchedTitles(ann.id).map((t) => `${t.namespace}:${t.dbKey}`), ['0:A', '0:W', '1:W']);
    assert.deepEqual(repo.community.watchedTitles(ann.id, { from: { namespace: 0, dbKey: 'B' }, limit: 1 }).map((t) => t.dbKey), ['W']);
    repo.saveRevision(newRevision({ dbKey: 'W', text: 'one' }));
    repo.saveRevision(newRevision({ dbKey: 'Z', text: 'z' }));
    repo.saveRevision(newRevision({ namespace: 1, dbKey: 'W', text: 'talk' }));
    assert.deepEqual(repo.community.watchedChanges(ann.id, { limit: 10 }).map((rc) => `${rc.namespace}:${rc.dbKey}`), ['1:W', '0:W']);
    assert.deepEqual(repo.community.watchedChanges(ann.id, { limit: 10, namespaces: [0] }).map((rc) => rc.dbKey), ['W']);
    repo.community.unwatch(ann.id, [{ namespace: 0, dbKey: 'W' }, { namespace: 1, dbKey: 'W' }]);
    assert.deepEqual(repo.community.watchedChanges(ann.id, { limit: 10 }), []);
    assert.deepEqual(repo.community.watchedTitles(ann.id).map((t) => t.dbKey), ['A']);
  }));
}
