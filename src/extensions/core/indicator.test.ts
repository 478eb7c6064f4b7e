import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import { ExtensionRegistry } from '../extension.ts';
import { Parser } from '../../parse/parser.ts';
import { coreExtension } from './index.ts';
import { stripOuterParagraph } from './indicator.ts';

function parse(text: string) {
  const titles = new TitleParser(defaultSiteConfig);
  const parser = new Parser({ config: defaultSiteConfig, titles, data: new MemoryDataAccess(), extensions: new ExtensionRegistry().use(coreExtension) });
  return parser.parse(text, { title: titles.parse('X')! });
}

test('an indicator keeps its parsed, tidied content under its trimmed name and renders nothing', () => {
  const out = parse('<indicator name=" a ">\'\'b\'\'</indicator><indicator name="t"><div>x</indicator>');
  assert.deepEqual([...out.indicators], [['a', '<i>b</i>'], ['t', '<div>x</div>']]);
  assert.doesNotMatch(out.html, /indicator|<i>/);
});

test('an indicator without a name is an error in place', () => {
  const out = parse('<indicator>x</indicator>');
  assert.equal(out.indicators.size, 0);
  assert.match(out.html, /<span class="error"><strong>Error:<\/strong> Page status indicators' <code>name<\/code> attribute must not be empty.<\/span>/);
});

test('stripOuterParagraph drops only a single wrapping paragraph', () => {
  assert.equal(stripOuterParagraph('<p>a\n</p>\n'), 'a');
  assert.equal(stripOuterParagraph('<p>a</p><p>b</p>'), '<p>a</p><p>b</p>');
  assert.equal(stripOuterParagraph('<ul><li>a</li></ul>'), '<ul><li>a</li></ul>');
});
