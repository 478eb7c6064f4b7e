import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFields, withTestServer } from './test-client.ts';
import { logInAs } from './test-login.ts';

test('category pages list members under first-letter headings; WhatLinksHere lists links, redirects and transclusions', withTestServer(async (t) => {
  t.wiki.save({ title: 'Template:Box', text: '[[Category:Things]]' });
  t.wiki.save({ title: 'Apple', text: '[[Banana]] {{Box}}' });
  t.wiki.save({ title: 'Banana', text: '[[Category:Things|Yellow]]' });
  t.wiki.save({ title: 'Curved', text: '#REDIRECT [[Banana#Shape]]' });
  t.wiki.save({ title: 'Category:Fruit', text: '[[Category:Things]]' });
  t.wiki.runJobs();
  const cat = await (await t.client.get('/wiki/Category:Things')).text();
  assert.match(cat, /<div id="mw-subcategories">\n<h2>Subcategories<\/h2>\n<p>This category has only the following subcategory.\n<\/p>/);
  assert.match(cat, /<h2>Pages in category "Things"<\/h2>\n<p>The following 3 pages are in this category, out of 3 total.\n<\/p>/);
  assert.match(cat, /<h3>A<\/h3>\n<ul><li><a href="\/wiki\/Apple" title="Apple">Apple<\/a><\/li><\/ul><\/div><div class="mw-category-group"><h3>B<\/h3>\n<ul><li><a href="\/wiki\/Template:Box" title="Template:Box">Template:Box<\/a><\/li><\/ul><\/div><div class="mw-category-group"><h3>Y<\/h3>/);
  const wlh = await (await t.client.get('/wiki/Special:WhatLinksHere/Banana')).text();
  assert.match(wlh, /<li><a href="\/wiki\/Apple" title="Apple">Apple<\/a> \u200e <span class="mw-whatlinkshere-tools">/);
  assert.match(wlh, /Curved<\/a> \(redirect page\)/);
  const box = await (await t.client.get('/index.php?title=Special:WhatLinksHere&target=Template:Box')).text();
  assert.match(box, /Apple<\/a> \(transclusion\)/);
  const redirect = await (await t.client.get('/wiki/Curved')).text();
  assert.match(redirect, /\(Redirected from <a href="\/index.php\?title=Curved&amp;redirect=no"/);
  assert.match(redirect, /history.replaceState\(null, '', "\/wiki\/Banana#Shape"\)/);
  const noRedirect = await (await t.client.get('/index.php?title=Curved&redirect=no')).text();
  assert.match(noRedirect, /<ul class="redirectText"><li><a href="\/wiki\/Banana#Shape">Banana#Shape<\/a>/);
}));

test('self and double redirects stop after one hop', withTestServer(async (t) => {
  t.wiki.save({ title: 'Loop', text: '#REDIRECT [[Loop]]' });
  t.wiki.save({ title: 'First', text: '#REDIRECT [[Second]]' });
  t.wiki.save({ title: 'Second', text: '#REDIRECT [[First]]' });
  const loop = await t.client.get('/wiki/Loop');
  assert.equal(loop.status, 200);
  assert.match(await loop.text(), /Redirect to:/);
  const double = await (await t.client.get('/wiki/First')).text();
  assert.match(double, /Redirected from[\s\S]*Redirect to:[\s\S]*\/wiki\/First/);
}));

test('delete, undelete, protect, move and purge through their forms, each logged', withTestServer(async (t) => {
  t.wiki.save({ title: 'Doomed', text: 'one' });
  t.wiki.save({ title: 'Doomed', text: 'two' });
  await logInAs(t.wiki, t.client, 'Admin', ['sysop']);
  let form = formFields(await (await t.client.get('/index.php?title=Doomed&action=delete')).text());
  assert.equal((await t.client.post('/index.php?title=Doomed&action=delete', { wpEditToken: 'forged' })).status, 403);
  const deleted = await t.client.post('/index.php?title=Doomed&action=delete', { ...form, wpReason: 'spam' });
  assert.match(await deleted.text(), /"Doomed" has been deleted/);
  assert.equal((await t.client.get('/wiki/Doomed')).status, 404);
  form = formFields(await (await t.client.get('/wiki/Special:Undelete/Doomed')).text());
  const restored = await t.client.post('/index.php?title=Special:Undelete/Doomed&action=submit', { ...form, wpComment: 'oops' });
  assert.match(await restored.text(), /has been restored<\/strong> \(2 revisions\)/);
  assert.equal(t.wiki.history('Doomed')?.revisions.length, 2);

  form = formFields(await (await t.client.get('/index.php?title=Doomed&action=protect')).text());
  const protectedRes = await t.client.post('/index.php?title=Doomed&action=protect', { ...form, 'mwProtect-level-edit': 'sysop', 'mwProtect-expiry-edit': 'infinite', 'mwProtect-level-move': '', 'mwProtect-reason': 'calm' });
  assert.equal(protectedRes.status, 303);
  assert.deepEqual(t.wiki.repo.getRestrictions(t.wiki.getPage('Doomed')!.page.pageId).map((r) => r.level), ['sysop']);

  form = formFields(await (await t.client.get('/wiki/Special:MovePage/Doomed')).text());
  const moved = await t.client.post('/index.php?title=Special:MovePage/Doomed&action=submit', { ...form, wpNewTitle: 'Saved', wpReason: 'rename', wpLeaveRedirect: '1' });
  assert.match(await moved.text(), /has been moved to "<a href="\/wiki\/Saved">Saved<\/a>"/);

  form = formFields(await (await t.client.get('/index.php?title=Saved&action=purge')).text());
  assert.equal((await t.client.post('/index.php?title=Saved&action=purge', form)).status, 303);

  const log = await (await t.client.get('/wiki/Special:Log')).text();
  for (const action of ['move/move', 'protect/protect', 'delete/restore', 'delete/delete']) assert.match(log, new RegExp(`data-mw-logaction="${action}"`));
  assert.match(log, /moved page <a href="\/index.php\?title=Doomed&amp;redirect=no" title="Doomed">Doomed<\/a> to <a href="\/wiki\/Saved"/);
  const rc = await (await t.client.get('/wiki/Special:RecentChanges')).text();
  assert.match(rc, /\(<a href="\/index.php\?title=Special:Log&amp;type=move">Move log<\/a>\)/);
  assert.match(rc, /Deletion log/);
}));

test('WantedPages and UncategorizedPages list what MediaWiki lists', withTestServer(async (t) => {
  t.wiki.save({ title: 'One', text: '[[Missing]] [[Category:C]]' });
  t.wiki.save({ title: 'Two', text: '[[Missing]] [[Lonely]]' });
  const wanted = await (await t.client.get('/wiki/Special:WantedPages')).text();
  assert.match(wanted, /<ol start="1" class="special"><li><a href="\/index.php\?title=Missing&amp;action=edit&amp;redlink=1" class="new" title="Missing \(page does not exist\)">Missing<\/a> \u200e\(<a [^>]*>2 links<\/a>\)<\/li>/);
  assert.doesNotMatch(wanted, /Lonely/);
  const uncategorized = await (await t.client.get('/wiki/Special:UncategorizedPages')).text();
  assert.match(uncategorized, /<li><a href="\/wiki\/Two" title="Two">Two<\/a><\/li>/);
  assert.doesNotMatch(uncategorized, /title="One"/);
}));
