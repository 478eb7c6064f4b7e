/**
 * The contract for the page_data table: replacing a page's infobox items (reporting whether
 * they changed), queries by source, value (any case), namespace and category with the
 * fields asked for, paging by page id, and rows going with a deleted page. Run by
 * repositoryContract for each implementation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PageDataItem } from '../core/page-data.ts';
import type { WikiRepository } from './repository.ts';
import { newRevision } from './test-factories.ts';

function items(values: Record<string, string>, infobox = 0): PageDataItem[] {
  return Object.entries(values).map(([source, value]) => ({
    infobox, template: 'Template:Infobox character', type: 'character', source, label: source.toUpperCase(), value,
  }));
}

function character(repo: WikiRepository, dbKey: string, values: Record<string, string>, category = 'Characters'): number {
  const { page } = repo.saveRevision(newRevision({ dbKey }));
  const categories = category ? [{ category, sortKey: dbKey.toUpperCase(), prefix: '', type: 'page' as const }] : [];
  repo.replaceLinks(page.pageId, { links: [], templates: [], categories, images: [], externalLinks: [], redirect: null }, '2024-01-01T00:00:00Z');
  repo.pageData.replacePageData(page.pageId, items(values));
  return page.pageId;
}

export function repositoryPageDataContract(name: string, withRepo: (fn: (repo: WikiRepository) => void) => () => void): void {
  test(`${name}: page data is replaced per page and reports whether it changed`, withRepo((repo) => {
    const { page } = repo.saveRevision(newRevision({ dbKey: 'Len' }));
    const first = [...items({ eyes: 'Blue', hair: 'Blonde' }), ...items({ eyes: 'Green' }, 1)];
    assert.equal(repo.pageData.replacePageData(page.pageId, first), true);
    assert.deepEqual(repo.pageData.getPageData(page.pageId), first);
    assert.equal(repo.pageData.replacePageData(page.pageId, first), false, 'the same rows again are no change');
    assert.equal(repo.pageData.replacePageData(page.pageId, items({ eyes: 'Blue' })), true);
    assert.deepEqual(repo.pageData.getPageData(page.pageId).map((i) => [i.source, i.value]), [['eyes', 'Blue']]);
    assert.equal(repo.pageData.replacePageData(page.pageId, []), true);
    assert.deepEqual(repo.pageData.getPageData(page.pageId), []);
  }));

  test(`${name}: page data queries by source, value in any case, namespace and category, with fields`, withRepo((repo) => {
    const len = character(repo, 'Kagamine_Len', { name: 'Kagamine Len', eyes: 'Blue', gender: 'Male', age: '14' });
    const rin = character(repo, 'Kagamine_Rin', { name: 'Kagamine Rin', eyes: 'blue ', gender: 'Female', age: '14' });
    const gackpo = character(repo, 'Camui_Gackpo', { name: 'Camui Gackpo', eyes: 'Purple', gender: 'Male' }, '');
    const q = (query: Partial<Parameters<WikiRepository['pageData']['queryPageData']>[0]>, fields: string[] = []) =>
      repo.pageData.queryPageData({ source: 'eyes', limit: 10, ...query }, fields);
    assert.deepEqual(q({ value: 'BLUE' }).map((m) => m.pageId), [len, rin]);
    assert.deepEqual(q({}).map((m) => m.pageId), [len, rin, gackpo]);
    assert.deepEqual(q({ source: 'gender', value: 'Male' }).map((m) => m.dbKey), ['Kagamine_Len', 'Camui_Gackpo']);
    assert.deepEqual(q({ source: 'gender', value: 'Male', category: 'Characters' }).map((m) => m.dbKey), ['Kagamine_Len']);
    assert.deepEqual(q({ namespace: 1 }), []);
    assert.deepEqual(q({ value: 'Blue' }, ['name', 'age', 'constructor']).map((m) => m.fields), [
      { name: 'Kagamine Len', age: '14' },
      { name: 'Kagamine Rin', age: '14' },
    ]);
    assert.deepEqual(q({ limit: 1, afterPageId: len }).map((m) => m.pageId), [rin]);
    assert.deepEqual(repo.pageData.pageDataSources(10).map((s) => `${s.source}:${s.pages}`), ['age:2', 'eyes:3', 'gender:3', 'name:3']);
  }));

  test(`${name}: a deleted page's data goes with it`, withRepo((repo) => {
    const id = character(repo, 'Irina', { gender: 'Female' });
    repo.archivePage(id);
    assert.deepEqual(repo.pageData.queryPageData({ source: 'gender', limit: 5 }, []), []);
    assert.deepEqual(repo.pageData.getPageData(id), []);
  }));
}
