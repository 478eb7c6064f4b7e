import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWiki } from '../../../server/test-client.ts';

type Json = Record<string, any>;

const infobox = '<infobox><title source="name"/><data source="eyes"><label>Eyes</label></data><data source="age"><label>Age</label></data></infobox>';

test('list=pagedata: pages by source and value, fields, category, continuation and errors', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Template:Character', text: infobox });
    t.wiki.save({ title: 'Len', text: '{{Character|name=Len|eyes=Blue|age=14}}[[Category:Characters]]' });
    t.wiki.save({ title: 'Rin', text: '{{Character|name=Rin|eyes=blue|age=14}}' });
    t.wiki.save({ title: 'Gackpo', text: "{{Character|name=Gackpo|eyes=''Purple''}}[[Category:Characters]]" });
    const api = async (params: Record<string, string>): Promise<Json> => {
      const res = await t.client.get(`/api.php?${new URLSearchParams({ format: 'json', formatversion: '2', action: 'query', list: 'pagedata', ...params })}`);
      return (await res.json()) as Json;
    };
    const blue = await api({ pdsource: 'eyes', pdvalue: 'BLUE', pdfields: 'eyes|age' });
    assert.deepEqual(blue.query.pagedata.map((r: Json) => [r.title, r.data]), [['Len', { eyes: 'Blue', age: '14' }], ['Rin', { eyes: 'blue', age: '14' }]]);
    const purple = await api({ pdsource: 'eyes', pdvalue: 'purple' });
    assert.deepEqual(purple.query.pagedata.map((r: Json) => [r.title, r.data]), [['Gackpo', { eyes: 'Purple' }]]);
    const characters = await api({ pdsource: 'eyes', pdcategory: 'Characters' });
    assert.deepEqual(characters.query.pagedata.map((r: Json) => r.title), ['Len', 'Gackpo']);
    const first = await api({ pdsource: 'eyes', pdlimit: '2' });
    assert.deepEqual(first.query.pagedata.map((r: Json) => r.title), ['Len', 'Rin']);
    const next = await api({ pdsource: 'eyes', pdlimit: '2', ...first.continue });
    assert.deepEqual(next.query.pagedata.map((r: Json) => r.title), ['Gackpo']);
    assert.equal(next.continue, undefined);
    assert.equal((await api({})).errors?.[0]?.code ?? (await api({})).error?.code, 'missingparam');
    const bad = await api({ pdsource: 'eyes', pdcontinue: 'x' });
    assert.equal(bad.errors?.[0]?.code ?? bad.error?.code, 'badcontinue');
  } finally {
    t.close();
  }
});
