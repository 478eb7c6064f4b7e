import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OperationError } from './operation-error.ts';
import { ProtectedPageError } from './protection.ts';
import { withTestWiki } from './test-wiki.ts';
import { PermissionError, rightsOf } from './user-rights.ts';

const anon = { user: '192.0.2.1', rights: rightsOf([]) };
const admin = { user: 'Admin', rights: rightsOf(['user', 'sysop']) };

test('moving a page leaves a redirect, takes the talk page along and is logged', withTestWiki((wiki) => {
  wiki.save({ title: 'Old', text: 'Body [[Category:Things]]' });
  wiki.save({ title: 'Talk:Old', text: 'Chat' });
  wiki.save({ title: 'Linker', text: '[[Old]] and [[New]]' });
  const result = wiki.move({ from: 'Old', to: 'New', reason: 'better name', ...admin });
  assert.equal(result.redirectCreated, true);
  assert.equal(result.talk?.to.prefixedText, 'Talk:New');
  assert.equal(wiki.getPage('New')?.revision.comment, 'moved [[Old]] to [[New]]: better name');
  assert.equal(wiki.getPage('Old')?.redirectTarget?.prefixedText, 'New');
  assert.equal(wiki.getPage('Old', { followRedirect: true })?.title.prefixedText, 'New');
  assert.equal(wiki.getPage('Talk:New')?.revision.text, 'Chat');
  assert.deepEqual(wiki.repo.categoryMembers('Things', { type: 'page', limit: 5 }).map((m) => m.page.dbKey), ['New']);
  const log = wiki.repo.listLog({ limit: 5, type: 'move' });
  assert.deepEqual(log.map((e) => [e.dbKey, e.params.target]), [['Old', 'Talk:New'], ['Old', 'New']]);
  assert.equal(wiki.recentChanges({ limit: 1 })[0].type, 'log');
  assert.throws(() => wiki.move({ from: 'Linker', to: 'New', ...admin }), (e: unknown) => e instanceof OperationError && e.code === 'articleexists');
  assert.throws(() => wiki.move({ from: 'Linker', to: 'Elsewhere', leaveRedirect: false, ...anon }), PermissionError);
}));

test('a move without a redirect frees the old title', withTestWiki((wiki) => {
  wiki.save({ title: 'A', text: 'x' });
  wiki.move({ from: 'A', to: 'B', leaveRedirect: false, ...admin });
  assert.equal(wiki.getPage('A'), null);
  assert.equal(wiki.repo.listLog({ limit: 1 })[0].params.noredir, true);
}));

test('protection blocks edits and moves below its level until it expires or is lifted', withTestWiki((wiki) => {
  wiki.save({ title: 'Guarded', text: 'v1' });
  const r = wiki.protect({ title: 'Guarded', levels: { edit: 'sysop', move: 'sysop' }, expiry: { edit: '1 week' }, reason: 'vandalism', ...admin });
  assert.equal(r.action, 'protect');
  assert.match(wiki.getPage('Guarded')!.revision.comment, /^Protected "\[\[Guarded\]\]": vandalism \(\[Edit=Allow only administrators\] \(expires .*\) \[Move=Allow only administrators\] \(indefinite\)\)$/);
  assert.throws(() => wiki.save({ title: 'Guarded', text: 'v2', rights: anon.rights }), ProtectedPageError);
  assert.throws(() => wiki.move({ from: 'Guarded', to: 'Elsewhere', rights: rightsOf(['user']) }), ProtectedPageError);
  wiki.save({ title: 'Guarded', text: 'v2', rights: admin.rights });
  assert.throws(() => wiki.protect({ title: 'Guarded', levels: {}, ...anon }), PermissionError);
  assert.equal(wiki.protect({ title: 'Guarded', levels: {}, ...admin }).action, 'unprotect');
  wiki.save({ title: 'Guarded', text: 'v3', rights: anon.rights });
  assert.deepEqual(wiki.repo.listLog({ limit: 5, type: 'protect' }).map((e) => e.action), ['unprotect', 'protect']);
}));

test('undo takes out one edit and keeps later ones; rollback reverts the last editor', withTestWiki((wiki) => {
  const r1 = wiki.save({ title: 'P', text: 'a\n\nb\n\nc', user: 'One' }).revision;
  const r2 = wiki.save({ title: 'P', text: 'a\n\nB\n\nc', user: 'Two', baseRevId: r1.revId }).revision;
  wiki.save({ title: 'P', text: 'a\n\nB\n\nC', user: 'Three', baseRevId: r2.revId });
  const undone = wiki.undo({ title: 'P', undo: r2.revId, user: 'Four' });
  assert.equal(wiki.getPage('P')!.revision.text, 'a\n\nb\n\nC');
  assert.match(undone.revision.comment, /^Undo revision \[\[Special:Diff\/\d+\|\d+\]\] by \[\[Special:Contributions\/Two\|Two\]\]/);
  wiki.save({ title: 'P', text: 'vandal', user: 'Vandal', baseRevId: undone.revision.revId });
  wiki.save({ title: 'P', text: 'vandal2', user: 'Vandal' });
  assert.throws(() => wiki.rollback({ title: 'P', fromUser: 'Four', ...admin }), (e: unknown) => e instanceof OperationError && e.code === 'alreadyrolled');
  const rb = wiki.rollback({ title: 'P', fromUser: 'Vandal', ...admin });
  assert.equal(rb.revertedTo, undone.revision.revId);
  assert.equal(wiki.getPage('P')!.revision.text, 'a\n\nb\n\nC');
  assert.equal(rb.revision.minor, true);
}));

test('creating a page queues a cache update for pages with a red link to it', withTestWiki((wiki) => {
  wiki.save({ title: 'Linker', text: 'See [[Later]].' });
  assert.match(wiki.render(wiki.getPage('Linker')!).html, /class="new"/);
  wiki.save({ title: 'Later', text: 'Here now.' });
  assert.equal(wiki.repo.countJobs(3).queued, 1);
  wiki.runJobs();
  assert.doesNotMatch(wiki.render(wiki.getPage('Linker')!).html, /class="new"/);
  wiki.delete({ title: 'Later', ...admin });
  wiki.runJobs();
  assert.match(wiki.render(wiki.getPage('Linker')!).html, /class="new"/);
}));
