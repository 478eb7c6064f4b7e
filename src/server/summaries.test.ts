import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWiki } from './test-client.ts';

test('edit summaries show their links and section links in history, recent changes, diffs and contributions', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Alpha', text: '== Intro ==\na' });
    t.wiki.save({ title: 'Alpha', text: '== Intro ==\nb', summary: '/* Intro */ see [[Alpha|the page]]s, not <b>[[Gone]]</b>', user: '127.0.0.1' });
    const section = '<span dir="auto"><span class="autocomment"><a href="/wiki/Alpha#Intro" title="Alpha">→\u200EIntro</a>: </span>';
    const links = ' see <a href="/wiki/Alpha" title="Alpha">the pages</a>, not &lt;b&gt;<a href="/index.php?title=Gone&amp;action=edit&amp;redlink=1" class="new" title="Gone (page does not exist)">Gone</a>&lt;/b&gt;</span>';
    const history = await (await t.client.get('/index.php?title=Alpha&action=history')).text();
    assert.ok(history.includes(`<span class="comment">(${section}${links})</span>`), history);
    const rc = await (await t.client.get('/wiki/Special:RecentChanges')).text();
    assert.ok(rc.includes(`(${section}${links})`));
    const diff = await (await t.client.get('/index.php?title=Alpha&diff=prev')).text();
    assert.ok(diff.includes('<span class="autocomment"><a href="#Intro">→\u200EIntro</a>: </span>'));
    const contributions = await (await t.client.get('/wiki/Special:Contributions/127.0.0.1')).text();
    assert.ok(contributions.includes(`(${section}${links})`));
  } finally {
    t.close();
  }
});
