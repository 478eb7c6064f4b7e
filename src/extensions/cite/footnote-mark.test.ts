import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiki } from '../../wiki/wiki.ts';

function withWiki(fn: (wiki: ReturnType<typeof openWiki>) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-cite-'));
  const wiki = openWiki({ dataDir: dir, db: ':memory:' });
  try {
    fn(wiki);
  } finally {
    wiki.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const marks = (html: string) => html.match(/<sup id=[^]*?<\/sup>/g) ?? [];

test('every footnote mark of a page has its own anchors and label, plain or not', () => {
  withWiki((wiki) => {
    const text = 'a<ref>x</ref> b<ref name="n é">y</ref><ref name="n é"/> c<ref name="__TOC__">t</ref> d<ref group="g">z</ref> e<ref name="q&quot;">w</ref>\n<references/><references group="g"/>';
    const html = wiki.renderText(text, wiki.titles.parse('Foo')!).html;
    assert.deepEqual(marks(html).slice(0, 4), [
      '<sup id="cite&#95;ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup>',
      '<sup id="cite&#95;ref-n&#95;é&#95;2-0" class="reference"><a href="#cite_note-n_é-2">&#91;2&#93;</a></sup>',
      '<sup id="cite&#95;ref-n&#95;é&#95;2-1" class="reference"><a href="#cite_note-n_é-2">&#91;2&#93;</a></sup>',
      '<sup id="cite&#95;ref-&#95;TOC&#95;3-0" class="reference"><a href="#cite_note-_TOC_-3">&#91;3&#93;</a></sup>',
    ]);
    assert.match(html, /<sup id="cite&#95;ref-4" class="reference"><a href="#cite_note-4">&#91;g 1&#93;<\/a><\/sup>/);
  });
});

test('a MediaWiki:Cite_reference_link override shapes every mark, not only the first', () => {
  withWiki((wiki) => {
    wiki.save({ title: 'MediaWiki:Cite_reference_link', text: '<sup id="$1" class="reference">[[#$2|($3)]]</sup>' });
    const html = wiki.renderText('a<ref>x</ref> b<ref>y</ref> c<ref>z</ref>\n<references/>', wiki.titles.parse('Foo')!).html;
    assert.deepEqual(marks(html), [1, 2, 3].map((n) => `<sup id="cite&#95;ref-${n}" class="reference"><a href="#cite_note-${n}">(${n})</a></sup>`));
  });
});
