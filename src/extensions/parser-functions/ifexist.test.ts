import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../parse/create-parser.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { TitleParser } from '../../core/title.ts';

const titles = new TitleParser(defaultSiteConfig);
const data = new MemoryDataAccess().addPage({
  title: titles.parseOrThrow('Existing page'), text: 'x', revisionId: 1, timestamp: '2020-01-01T00:00:00Z', model: 'wikitext',
});

function parse(wikitext: string, expensiveFunctionLimit = 100) {
  return createParser(defaultSiteConfig, data).parse(wikitext, { title: titles.parseOrThrow('Sandbox'), limits: { expensiveFunctionLimit } });
}

test('#ifexist checks pages and records them as links', () => {
  const out = parse('{{#ifexist:Existing page|yes|no}} {{#ifexist:Missing|yes|no}}');
  assert.equal(out.html, '<p>yes no\n</p>');
  assert.deepEqual([...out.links.keys()].sort(), ['0:Existing_page', '0:Missing']);
});

test('#ifexist takes the else branch once past the expensive-function limit; repeats are free', () => {
  const out = parse('{{#ifexist:Existing page|yes|no}} {{#ifexist:Existing page|yes|no}} {{#ifexist:Missing|yes|no}} {{#ifexist:Other|yes|no}}', 1);
  assert.equal(out.html, '<p>yes yes no no\n</p>');
  assert.ok(out.diagnostics.some((d) => d.code.startsWith('expensive-parser-function')));
});
