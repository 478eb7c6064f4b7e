/**
 * The contract for the stores around the pages: link tables, logs, the deletion archive,
 * protection and the job queue. Run by repositoryContract for each implementation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PageLinks } from './link-tables.ts';
import type { WikiRepository } from './repository.ts';
import { newRevision } from './test-factories.ts';

const noLinks = (): PageLinks => ({ links: [], templates: [], categories: [], images: [], externalLinks: [], redirect: null });

export function repositoryExtrasContract(name: string, withRepo: (fn: (repo: WikiRepository) => void) => () => void): void {
  test(`${name}: link rows are replaced per page and found from their targets`, withRepo((repo) => {
    const a = repo.saveRevision(newRevision({ dbKey: 'A' })).page;
    const b = repo.saveRevision(newRevision({ dbKey: 'B' })).page;
    const links: PageLinks = {
      ...noLinks(),
      links: [{ namespace: 0, dbKey: 'Target' }, { namespace: 0, dbKey: 'B' }],
      templates: [{ namespace: 10, dbKey: 'Box' }],
      categories: [{ category: 'Things', sortKey: 'A', prefix: '', type: 'page' }],
      images: ['Pic.png'],
      externalLinks: ['https://example.org/'],
    };
    repo.replaceLinks(a.pageId, links, '2024-01-01T00:00:00Z');
    repo.replaceLinks(b.pageId, { ...noLinks(), links: [{ namespace: 0, dbKey: 'Target' }] }, '2024-01-01T00:00:00Z');
    assert.deepEqual(repo.getLinks(a.pageId), { ...links, links: [{ namespace: 0, dbKey: 'B' }, { namespace: 0, dbKey: 'Target' }] });
    assert.deepEqual(repo.backlinks('pagelinks', { namespace: 0, dbKey: 'Target' }, { limit: 10 }).map((p) => p.dbKey), ['A', 'B']);
    assert.deepEqual(repo.backlinks('templatelinks', { namespace: 10, dbKey: 'Box' }, { limit: 10 }).map((p) => p.dbKey), ['A']);
    assert.deepEqual(repo.backlinks('imagelinks', { namespace: 6, dbKey: 'Pic.png' }, { limit: 10 }).map((p) => p.dbKey), ['A']);
    assert.deepEqual(repo.wantedPages({ limit: 10 }), [{ namespace: 0, dbKey: 'Target', count: 2 }]);
    assert.deepEqual(repo.uncategorizedPages({ namespace: 0, limit: 10 }).map((p) => p.dbKey), ['B']);
    repo.replaceLinks(a.pageId, noLinks(), '2024-01-02T00:00:00Z');
    assert.deepEqual(repo.getLinks(a.pageId), noLinks());
    assert.deepEqual(repo.wantedPages({ limit: 10 }), []);
  }));

  test(`${name}: category members by type and sort key, with counts and paging`, withRepo((repo) => {
    const keys = ['Delta', 'Alpha', 'Charlie', 'Bravo'];
    for (const key of keys) {
      const page = repo.saveRevision(newRevision({ dbKey: key })).page;
      repo.replaceLinks(page.pageId, { ...noLinks(), categories: [{ category: 'Cat', sortKey: key.toUpperCase(), prefix: '', type: 'page' }] }, '2024-01-01T00:00:00Z');
    }
    const sub = repo.saveRevision(newRevision({ namespace: 14, dbKey: 'Sub' })).page;
    repo.replaceLinks(sub.pageId, { ...noLinks(), categories: [{ category: 'Cat', sortKey: 'SUB', prefix: '', type: 'subcat' }] }, '2024-01-01T00:00:00Z');
    assert.deepEqual(repo.categoryMembers('Cat', { type: 'page', limit: 10 }).map((m) => m.page.dbKey), ['Alpha', 'Bravo', 'Charlie', 'Delta']);
    assert.deepEqual(repo.categoryMembers('Cat', { type: 'page', limit: 2, from: 'BRAVO' }).map((m) => m.page.dbKey), ['Bravo', 'Charlie']);
    assert.deepEqual(repo.categoryMembers('Cat', { type: 'page', limit: 2, until: 'DELTA' }).map((m) => m.page.dbKey), ['Bravo', 'Charlie']);
    assert.deepEqual(repo.categoryMembers('Cat', { type: 'subcat', limit: 10 }).map((m) => m.page.dbKey), ['Sub']);
    assert.deepEqual(repo.categoryCounts('Cat'), { page: 4, subcat: 1, file: 0 });
  }));

  test(`${name}: redirect rows point at their target`, withRepo((repo) => {
    const r = repo.saveRevision(newRevision({ dbKey: 'Short', isRedirect: true })).page;
    repo.replaceLinks(r.pageId, { ...noLinks(), redirect: { namespace: 0, dbKey: 'Long', fragment: 'Part', interwiki: '' } }, '2024-01-01T00:00:00Z');
    assert.deepEqual(repo.redirectsTo({ namespace: 0, dbKey: 'Long' }, { limit: 5 }).map((p) => p.dbKey), ['Short']);
    assert.equal(repo.getLinks(r.pageId).redirect?.fragment, 'Part');
  }));

  test(`${name}: log entries are listed newest first and as log lines in recent changes`, withRepo((repo) => {
    const page = repo.saveRevision(newRevision({ dbKey: 'A' })).page;
    repo.addLogEntry({ type: 'protect', action: 'protect', timestamp: '2030-01-01T00:00:00Z', userName: 'Admin', namespace: 0, dbKey: 'A', pageId: page.pageId, comment: 'vandals', params: { edit: 'sysop' } });
    repo.addLogEntry({ type: 'move', action: 'move', timestamp: '2030-01-02T00:00:00Z', userName: 'Admin', namespace: 0, dbKey: 'A', pageId: page.pageId, comment: '', params: { target: 'B' }, recordChange: false });
    assert.deepEqual(repo.listLog({ limit: 10 }).map((e) => e.action), ['move', 'protect']);
    const [protect] = repo.listLog({ limit: 10, type: 'protect' });
    assert.deepEqual([protect.userName, protect.comment, protect.params], ['Admin', 'vandals', { edit: 'sysop' }]);
    assert.equal(repo.listLog({ limit: 10, title: { namespace: 0, dbKey: 'B' } }).length, 0);
    const [line] = repo.recentChanges({ limit: 1 });
    assert.deepEqual([line.type, line.logType, line.logAction, line.logParams], ['log', 'protect', 'protect', { edit: 'sysop' }]);
  }));

  test(`${name}: deleting archives every revision; undeleting brings them back with their ids`, withRepo((repo) => {
    const first = repo.saveRevision(newRevision({ dbKey: 'Gone', text: 'one' })).revision;
    const second = repo.saveRevision(newRevision({ dbKey: 'Gone', text: 'two', baseRevId: first.revId })).revision;
    repo.replaceLinks(first.pageId, { ...noLinks(), links: [{ namespace: 0, dbKey: 'X' }] }, '2024-01-01T00:00:00Z');
    assert.equal(repo.archivePage(first.pageId), 2);
    assert.equal(repo.getPage(0, 'Gone'), null);
    assert.equal(repo.getRevision(second.revId), null);
    assert.deepEqual(repo.backlinks('pagelinks', { namespace: 0, dbKey: 'X' }, { limit: 5 }), []);
    assert.deepEqual(repo.listArchivedRevisions(0, 'Gone').map((r) => r.revId), [second.revId, first.revId]);
    assert.equal(repo.getArchivedRevision(0, 'Gone', first.revId)?.text, 'one');
    const other = repo.saveRevision(newRevision({ dbKey: 'Other' })).revision;
    assert.ok(other.revId > second.revId, 'archived revision ids are not reused');
    const restored = repo.restoreArchived(0, 'Gone', { isRedirect: () => false });
    assert.equal(restored?.restored, 2);
    assert.equal(restored?.page.pageId, first.pageId);
    assert.equal(restored?.page.latestRevisionId, second.revId);
    assert.deepEqual(repo.listRevisions(first.pageId, { limit: 5 }).map((r) => r.revId), [second.revId, first.revId]);
    assert.equal(repo.getRevision(second.revId)?.text, 'two');
    assert.deepEqual(repo.listArchivedRevisions(0, 'Gone'), []);
  }));

  test(`${name}: pages are renamed and protected`, withRepo((repo) => {
    const page = repo.saveRevision(newRevision({ dbKey: 'Old' })).page;
    assert.equal(repo.movePage(page.pageId, 4, 'New').dbKey, 'New');
    assert.equal(repo.getPage(0, 'Old'), null);
    assert.equal(repo.getPage(4, 'New')?.pageId, page.pageId);
    repo.setRestrictions(page.pageId, [{ type: 'edit', level: 'sysop', expiry: 'infinity' }, { type: 'move', level: 'sysop', expiry: '2030-01-01T00:00:00Z' }]);
    assert.deepEqual(repo.getRestrictions(page.pageId).map((r) => `${r.type}=${r.level}@${r.expiry}`), ['edit=sysop@infinity', 'move=sysop@2030-01-01T00:00:00Z']);
    repo.setRestrictions(page.pageId, []);
    assert.deepEqual(repo.getRestrictions(page.pageId), []);
  }));

  test(`${name}: jobs are queued once, claimed by one worker, retried, and abandoned`, withRepo((repo) => {
    const job = { cmd: 'refreshLinks', namespace: 0, dbKey: 'A', params: { cause: 'edit' } };
    assert.equal(repo.pushJobs([job, job, { ...job, dbKey: 'B' }], '2024-01-01T00:00:00Z'), 2);
    const claim = (token: string, now = '2024-01-01T00:01:00Z') =>
      repo.claimJob({ token, now, leaseExpiredBefore: '2024-01-01T00:00:30Z', maxAttempts: 2 });
    const a = claim('w1');
    assert.deepEqual([a?.dbKey, a?.params, a?.attempts], ['A', { cause: 'edit' }, 1]);
    const b = claim('w2');
    assert.equal(b?.dbKey, 'B');
    assert.equal(claim('w3'), null);
    repo.completeJob(b!.id);
    repo.releaseJob(a!.id);
    assert.deepEqual(repo.countJobs(2), { queued: 1, claimed: 0, abandoned: 0 });
    const again = claim('w1');
    assert.equal(again?.attempts, 2);
    repo.releaseJob(again!.id);
    assert.equal(claim('w1'), null);
    assert.deepEqual(repo.countJobs(2), { queued: 0, claimed: 0, abandoned: 1 });
    // A claim whose lease ran out is claimed again.
    repo.pushJobs([{ cmd: 'htmlCacheUpdate', namespace: 0, dbKey: 'C' }], '2024-01-01T00:00:00Z');
    assert.equal(repo.claimJob({ token: 'dead', now: '2024-01-01T00:00:10Z', leaseExpiredBefore: '2024-01-01T00:00:00Z', maxAttempts: 2 })?.dbKey, 'C');
    assert.equal(claim('w2', '2024-01-01T00:02:00Z')?.dbKey, 'C');
  }));
}
