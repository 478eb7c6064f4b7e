import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWiki } from '../server/test-client.ts';

test('Special:PageData lists fields, finds pages by field and value, and downloads CSV', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Template:Character', text: '<infobox><data source="eyes"><label>Eyes</label></data><data source="affiliation"/></infobox>' });
    t.wiki.save({ title: 'Len', text: '{{Character|eyes=Blue|affiliation=Russia, "formerly"}}' });
    t.wiki.save({ title: 'Gackpo', text: '{{Character|eyes=Purple}}' });
    const index = await (await t.client.get('/wiki/Special:PageData')).text();
    assert.match(index, /field=eyes">eyes<\/a> \(2 pages\)/);
    const page = await (await t.client.get('/wiki/Special:PageData?field=eyes&value=blue&fields=eyes,affiliation')).text();
    const table = /<table class="wikitable sortable mw-pagedata-results">[^]*?<\/table>/.exec(page)?.[0] ?? '';
    assert.match(table, /title="Len">Len<\/a><\/td><td>Blue<\/td><td>Russia, &quot;formerly&quot;<\/td>/);
    assert.doesNotMatch(table, /Gackpo/);
    const csv = await t.client.get('/wiki/Special:PageData?field=eyes&fields=eyes,affiliation&format=csv');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.equal(await csv.text(), 'page,eyes,affiliation\r\nLen,Blue,"Russia, ""formerly"""\r\nGackpo,Purple,\r\n');
  } finally {
    t.close();
  }
});
