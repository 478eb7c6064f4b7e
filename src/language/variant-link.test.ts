import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../core/data-access.ts';
import { siteConfigFromSettings } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { ExtensionRegistry } from '../extensions/extension.ts';
import { Parser } from '../parse/parser.ts';

function render(language: string, pageTitle: string, text: string, pages: string[] = []): string {
  const config = siteConfigFromSettings({ wgLanguageCode: language });
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  for (const name of pages) data.addPage({ title: titles.parse(name)!, text: 'x', revisionId: 1, timestamp: '1970-01-01T00:00:00Z', model: 'wikitext' });
  const parser = new Parser({ config, titles, data, extensions: new ExtensionRegistry() });
  return parser.parse(text, { title: titles.parse(pageTitle)! }).html;
}

test('a link to a missing page goes to the page under another variant of its title', () => {
  assert.match(render('sr', 'X', '[[Маин Паге]]', ['Main Page']), /href="\/wiki\/Main_Page"[^>]*>Маин Паге</);
});

test('a variant of the page\'s own title is a self-link, unless it has a fragment', () => {
  assert.match(render('sr', 'Dunav', '[[Дунав]]'), /mw-selflink/);
  assert.doesNotMatch(render('sr', 'Dunav', '[[Дунав#A]]'), /mw-selflink/);
});

test('languages without variants look up no variant titles', () => {
  assert.match(render('en', 'X', '[[Маин Паге]]', ['Main Page']), /class="new"/);
});
