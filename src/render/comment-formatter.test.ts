import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../core/data-access.ts';
import { siteConfigFromSettings } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { formatComment } from './comment-formatter.ts';

function env() {
  const config = siteConfigFromSettings({});
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  data.addPage({ title: titles.parse('Main Page')!, text: 'x', revisionId: 1, timestamp: '2024-01-01T00:00:00Z', model: 'wikitext' });
  return { config, titles, data };
}

test('markup other than links is escaped, character references kept', () => {
  const e = env();
  assert.equal(formatComment(e, "<b>''x''</b> &amp; &#65; 'q'"), '&lt;b&gt;&#039;&#039;x&#039;&#039;&lt;/b&gt; &amp; A &#039;q&#039;');
});

test('links are blue or red, with their trail and piped text', () => {
  const e = env();
  assert.equal(formatComment(e, 'see [[Main Page|the page]]s and [[Nowhere]].'),
    'see <a href="/wiki/Main_Page" title="Main Page">the pages</a> and <a href="/index.php?title=Nowhere&amp;action=edit&amp;redlink=1" class="new" title="Nowhere (page does not exist)">Nowhere</a>.');
  assert.equal(formatComment(e, '[[]] [[|x]]'), '[[]] [[|x]]');
});

test('autocomments link to the section of the page, or of the page shown', () => {
  const e = env();
  const title = e.titles.parse('Main Page')!;
  assert.equal(formatComment(e, '/* Intro */ fix', { title }),
    '<span dir="auto"><span class="autocomment"><a href="/wiki/Main_Page#Intro" title="Main Page">→\u200EIntro</a>: </span> fix</span>');
  assert.equal(formatComment(e, 'x /* A  b */', { title, local: true }),
    'x <span dir="auto"><span class="autocomment"><a href="#A_b">→\u200EA  b</a></span></span>');
  assert.equal(formatComment(e, '/* Intro */'), '<span dir="auto"><span class="autocomment">Intro</span></span>');
});
