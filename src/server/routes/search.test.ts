/**
 * Special:Search over HTTP on the putinp-wiki fixture: "Go" to a named page, the results
 * page with title and text matches, snippets, paging and namespaces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { importDump } from '../../dump/import-dump.ts';
import { putinpDump } from '../../dump/test-dumps.ts';
import { testWiki, type TestWiki } from '../test-client.ts';

const skip = existsSync(putinpDump) ? false : 'shared fixture not found';

function withFixture(fn: (t: TestWiki) => Promise<void>) {
  return async () => {
    const t = testWiki();
    try {
      await importDump(t.wiki, putinpDump);
      await fn(t);
    } finally {
      t.close();
    }
  };
}

const search = (params: string) => `/index.php?title=Special:Search&${params}`;

test('Go: a query naming a page goes to it, in any case; the header box has Go and Search', { skip }, withFixture(async ({ client }) => {
  const exact = await client.get(search('search=Kagamine+Len&go=Go'));
  assert.equal(exact.status, 302);
  assert.equal(exact.headers.get('location'), '/wiki/Kagamine_Len');
  const lower = await client.get('/index.php?search=kagamine+rin');
  assert.equal(lower.headers.get('location'), '/wiki/Kagamine_Rin');
  const page = await (await client.get('/wiki/Irina')).text();
  assert.match(page, /<button type="submit" name="go" value="Go">Go<\/button>\s*<button type="submit" name="fulltext" value="1"[^>]*>Search<\/button>/);
}));

test('fulltext=1: title matches and text matches with highlighted snippets', { skip }, withFixture(async ({ client }) => {
  const res = await client.get(search('search=kagamine&fulltext=1'));
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.match(body, /<input type="search" name="search" value="kagamine"/);
  assert.match(body, /<p class="mw-search-exists">|<p class="mw-search-createlink">Create the page "<a href="[^"]*title=Kagamine&amp;action=edit&amp;redlink=1" class="new"/);
  const [titlePart, textPart] = body.split('Page text matches');
  assert.match(titlePart, /Page title matches/);
  assert.match(titlePart, /<a href="\/wiki\/Kagamine_Len" title="Kagamine Len" data-serp-pos="0"><span class="searchmatch">Kagamine<\/span> Len<\/a>/);
  assert.match(titlePart, /<a href="\/wiki\/Kagamine_Rin" title="Kagamine Rin"[^>]*><span class="searchmatch">Kagamine<\/span> Rin<\/a>/);
  assert.ok(textPart, 'there are text matches');
  assert.match(textPart, /<div class="searchresult">[^<]*<span class="searchmatch">Kagamine<\/span>/);
  assert.match(textPart, /<div class="mw-search-result-data">\d+ KB \([\d,]+ words\) - \d\d:\d\d, \d+ \w+ \d{4}<\/div>/);
  assert.doesNotMatch(textPart, /title="Len"/, 'a redirect is no text match');
}));

test('paging with limit and offset, and an empty result', { skip }, withFixture(async ({ client }) => {
  const first = await (await client.get(search('search=vocaloid&fulltext=1&limit=1'))).text();
  const total = Number(/Results <strong>1 – 1<\/strong> of <strong>(\d+)<\/strong>/.exec(first)?.[1]);
  assert.ok(total >= 2, `several pages mention Vocaloid (${total})`);
  assert.match(first, /<a href="[^"]*search=vocaloid&amp;limit=1&amp;offset=1&amp;fulltext=1">next 1<\/a>/);
  const second = await (await client.get(search('search=vocaloid&fulltext=1&limit=1&offset=1'))).text();
  assert.match(second, /Results <strong>2 – 2<\/strong>/);
  const hrefs = (html: string) => [...html.split('Page text matches')[1].matchAll(/data-serp-pos="\d+">/g)].length;
  assert.equal(hrefs(second), 1);
  const firstHit = /Page text matches[\s\S]*?<a href="([^"]+)"/.exec(first)?.[1];
  const secondHit = /Page text matches[\s\S]*?<a href="([^"]+)"/.exec(second)?.[1];
  assert.notEqual(firstHit, secondHit);
  const none = await (await client.get(search('search=zzyzx+nothing&fulltext=1'))).text();
  assert.match(none, /There were no results matching the query\./);
}));

test('namespaces: the main one by default, a prefix or nsN=1 for others', { skip }, withFixture(async ({ client }) => {
  const main = await (await client.get(search('search=quote&fulltext=1'))).text();
  assert.doesNotMatch(main, /title="Template:Quote"/);
  const prefixed = await (await client.get(search('search=Template:quote&fulltext=1'))).text();
  assert.match(prefixed, /<a href="\/wiki\/Template:Quote" title="Template:Quote"[^>]*>Template:<span class="searchmatch">Quote<\/span><\/a>/);
  const picked = await (await client.get(search('search=quote&fulltext=1&ns10=1'))).text();
  assert.match(picked, /title="Template:Quote"/);
}));
