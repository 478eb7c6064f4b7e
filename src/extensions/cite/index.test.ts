import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { TitleParser } from '../../core/title.ts';
import { createParser } from '../../parse/create-parser.ts';

function parse(text: string, data = new MemoryDataAccess()) {
  const parser = createParser(defaultSiteConfig, data);
  return parser.parse(text, { title: new TitleParser(defaultSiteConfig).parseOrThrow('Test') });
}

test('the parser renders refs and adds the reference list at the end of the page', () => {
  const out = parse("a<ref>''b''</ref>");
  assert.match(out.html, /<p>a<sup id="cite(_|&#95;)ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;<\/a><\/sup>\n<\/p>/);
  assert.match(out.html, /<span class="reference-text"><i>b<\/i><\/span>\n<\/li>\n<\/ol><\/div>$/);
});

test('errors add the tracking category and a diagnostic', () => {
  const out = parse('<ref />');
  assert.match(out.html, /Cite error: The opening <code>&lt;ref&gt;<\/code> tag is malformed or has a bad name/);
  assert.ok(out.categories.has('Pages_with_reference_errors'));
  assert.equal(out.diagnostics[0]?.code, 'cite_error_ref_no_key');
});

test('custom link labels are read from the MediaWiki namespace', () => {
  const titles = new TitleParser(defaultSiteConfig);
  const data = new MemoryDataAccess().addPage({
    title: titles.parseOrThrow('MediaWiki:Cite link label group-lower-alpha'),
    text: 'a b c',
    revisionId: 1,
    timestamp: '2021-01-01T00:00:00Z',
    model: 'wikitext',
  });
  const out = parse('x<ref group="lower-alpha">n</ref>\n<references group="lower-alpha" />', data);
  assert.match(out.html, /&#91;a&#93;/);
});
