import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { contentHandler, defaultModelFor } from './content-models.ts';

test('a new page gets its model from its title, as MediaWiki with Scribunto', withTestWiki((wiki) => {
  const model = (name: string) => defaultModelFor(wiki.titles.parseOrThrow(name));
  assert.equal(model('Module:Navbox'), 'Scribunto');
  assert.equal(model('Module:Navbox/doc'), 'wikitext');
  assert.equal(model('Module:Navbox/data.json'), 'Scribunto');
  assert.equal(model('MediaWiki:Common.css'), 'css');
  assert.equal(model('MediaWiki:Common.js'), 'javascript');
  assert.equal(model('MediaWiki:Config.json'), 'json');
  assert.equal(model('User:Example/vector.css'), 'css');
  assert.equal(model('User:Example/common.js'), 'javascript');
  assert.equal(model('User:Example/data.json'), 'json');
  assert.equal(model('Main Page.css'), 'wikitext');
  assert.equal(model('Template:Box.js'), 'wikitext');
  assert.equal(model('MediaWiki:Sidebar'), 'wikitext');
}));

test('handlers name the MIME type action=raw serves; unknown models are shown as text', () => {
  assert.equal(contentHandler('css').mimeType, 'text/css');
  assert.equal(contentHandler('sanitized-css').mimeType, 'text/css');
  assert.equal(contentHandler('javascript').mimeType, 'text/javascript');
  assert.equal(contentHandler('json').mimeType, 'application/json');
  assert.equal(contentHandler('wikitext').mimeType, 'text/x-wiki');
  assert.equal(contentHandler('Scribunto').model, 'Scribunto');
  assert.equal(contentHandler('no-such-model').model, 'text');
});
