/**
 * api.php in-process: error shapes and codes, formatversion 1 and 2, tokens and sessions,
 * continuation with a generator, and the edit rules (conflicts, merges, protection).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CsrfTokens } from '../server/csrf.ts';
import { testWiki, withTestServer, type TestWiki } from '../server/test-client.ts';
import { logInAs } from '../server/test-login.ts';
import { rightsOf } from '../wiki/user-rights.ts';
import { runApi } from './api-main.ts';
import { ApiError, apiErrorCatalogue } from './errors.ts';

type Json = Record<string, any>;

async function api(t: TestWiki, params: Record<string, string>, method: 'GET' | 'POST' = 'GET'): Promise<{ json: Json; res: Response }> {
  const all = { format: 'json', ...params };
  const res = method === 'GET' ? await t.client.get(`/api.php?${new URLSearchParams(all)}`) : await t.client.post('/api.php', all);
  return { json: (await res.json()) as Json, res };
}

async function csrf(t: TestWiki): Promise<string> {
  return (await api(t, { action: 'query', meta: 'tokens' })).json.query.tokens.csrftoken;
}


describe('api.php errors', () => {
  it('lists every catalogue code in docs/api.md and nothing else', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Errors'));
    const documented = new Set([...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]));
    const codes = new Set(Object.keys(apiErrorCatalogue).map((k) => new ApiError(k as keyof typeof apiErrorCatalogue).code));
    assert.deepEqual([...codes].sort(), [...documented].sort());
  });

  it('answers an unknown action with badvalue, the header, and the format version\'s shape', withTestServer(async (t) => {
    const v1 = await api(t, { action: 'nonesuch' });
    assert.equal(v1.res.status, 200);
    assert.equal(v1.res.headers.get('MediaWiki-API-Error'), 'badvalue');
    assert.equal(v1.json.error.code, 'badvalue');
    assert.equal(v1.json.error.info, 'Unrecognized value for parameter "action": nonesuch.');
    assert.match(v1.json.error['*'], /api\.php/);
    const v2 = await api(t, { action: 'nonesuch', formatversion: '2' });
    assert.match(v2.json.error.docref, /api\.php/);
    assert.equal(v2.json.error['*'], undefined);
    const plain = await api(t, { action: 'nonesuch', formatversion: '2', errorformat: 'plaintext' });
    assert.deepEqual(plain.json.errors[0], { code: 'badvalue', text: 'Unrecognized value for parameter "action": nonesuch.', module: 'nonesuch' });
  }));

  it('checks how write modules are called and their tokens', withTestServer(async (t) => {
    assert.equal((await api(t, { action: 'edit', title: 'A', text: 'x' })).json.error.code, 'mustbeposted');
    assert.equal((await api(t, { action: 'edit', title: 'A', text: 'x' }, 'POST')).json.error.info, 'The "token" parameter must be set.');
    const token = await csrf(t);
    const res = await t.client.post(`/api.php?token=${encodeURIComponent(token)}`, { format: 'json', action: 'edit', title: 'A', text: 'x' });
    assert.equal(((await res.json()) as Json).error.code, 'mustpostparams');
    assert.equal((await api(t, { action: 'edit', title: 'A', text: 'x', token: `${token.slice(0, -3)}x+\\` }, 'POST')).json.error.code, 'badtoken');
    // A token from another session is refused too.
    const other = testWiki();
    try {
      const foreign = await csrf(other);
      assert.equal((await api(t, { action: 'edit', title: 'A', text: 'x', token: foreign }, 'POST')).json.error.code, 'badtoken');
    } finally {
      other.close();
    }
    assert.equal(t.wiki.getPage('A'), null);
    assert.equal((await api(t, { action: 'edit', title: 'A', text: 'x', token }, 'POST')).json.edit.result, 'Success');
  }));

  it('answers edit errors with MediaWiki\'s codes', withTestServer(async (t) => {
    const token = await csrf(t);
    const edit = async (p: Record<string, string>) => (await api(t, { action: 'edit', token, formatversion: '2', ...p }, 'POST')).json;
    assert.equal((await edit({ title: 'Missing', text: 'x', nocreate: '1' })).error.code, 'missingtitle');
    assert.equal((await edit({ title: 'Bad[title', text: 'x' })).error.code, 'invalidtitle');
    assert.equal((await edit({ title: 'Special:Foo', text: 'x' })).error.code, 'pagecannotexist');
    assert.equal((await edit({ title: 'P', summary: 's' })).error.code, 'missingparam');
    assert.equal((await edit({ title: 'P', text: 'one\n== H ==\ntwo' })).edit.new, true);
    assert.equal((await edit({ title: 'P', text: 'x', createonly: '1' })).error.code, 'articleexists');
    assert.equal((await edit({ title: 'P', text: 'x', section: '5' })).error.code, 'nosuchsection');
    assert.equal((await edit({ pageid: '999', text: 'x' })).error.code, 'nosuchpageid');
    assert.equal((await edit({ title: 'P', pageid: '1', text: 'x' })).error.code, 'invalidparammix');
    const sec = await edit({ title: 'P', text: '== H ==\nnew two', section: '1' });
    assert.equal(sec.edit.result, 'Success');
    assert.equal(t.wiki.getPage('P')!.revision.text, 'one\n== H ==\nnew two');
    await edit({ title: 'P', section: 'new', sectiontitle: 'Later', text: 'three' });
    const latest = t.wiki.getPage('P')!.revision;
    assert.equal(latest.text, 'one\n== H ==\nnew two\n\n== Later ==\n\nthree');
    assert.equal(latest.comment, '/* Later */ new section');
    assert.equal((await edit({ title: 'P', appendtext: '\nfour' })).edit.oldrevid, latest.revId);
    assert.equal((await edit({ title: 'P', text: t.wiki.getPage('P')!.revision.text })).edit.nochange, true);
  }));

  it('merges an edit based on an old revision when the changes do not overlap', withTestServer(async (t) => {
    const token = await csrf(t);
    const edit = async (p: Record<string, string>) => (await api(t, { action: 'edit', token, formatversion: '2', title: 'M', ...p }, 'POST')).json;
    const base = (await edit({ text: 'a\n\nb\n\nc' })).edit.newrevid;
    await edit({ text: 'A\n\nb\n\nc', baserevid: String(base) });
    const merged = await edit({ text: 'a\n\nb\n\nC', baserevid: String(base) });
    assert.equal(merged.edit.result, 'Success');
    assert.equal(t.wiki.getPage('M')!.revision.text, 'A\n\nb\n\nC');
    assert.equal((await edit({ text: 'X\n\nb\n\nc', baserevid: String(base) })).error.code, 'editconflict');
  }));

  it('refuses protected pages and missing rights to an anonymous client', withTestServer(async (t) => {
    t.wiki.save({ title: 'Locked', text: 'x' });
    t.wiki.protect({ title: 'Locked', levels: { edit: 'sysop' } });
    const tokens = new CsrfTokens('s');
    const session = { current: () => 'session-for-the-test', ensure: () => 'session-for-the-test' };
    const token = `${tokens.issue('session-for-the-test')}+\\`;
    const call = (values: Record<string, string>) =>
      runApi(t.wiki, tokens, {
        values: new Map(Object.entries({ format: 'json', formatversion: '2', token, ...values })),
        inQueryString: new Set(), method: 'POST', session,
        user: { name: '192.0.2.7', groups: ['*'], rights: rightsOf([]) },
      });
    const edit = call({ action: 'edit', title: 'Locked', text: 'y' });
    assert.equal(edit.body.error && (edit.body.error as Json).code, 'protectedpage');
    assert.equal(edit.headers['MediaWiki-API-Error'], 'protectedpage');
    assert.equal(((call({ action: 'delete', title: 'Locked' }).body.error) as Json).code, 'permissiondenied');
    assert.equal(t.wiki.getPage('Locked')!.revision.text, 'x');
    const info = call({ action: 'query', titles: 'Locked', prop: 'info', inprop: 'protection' }).body as Json;
    assert.deepEqual(info.query.pages[0].protection, [{ type: 'edit', level: 'sysop', expiry: 'infinity' }]);
  }));

  it('answers move and assert errors', withTestServer(async (t) => {
    t.wiki.save({ title: 'One', text: '1' });
    t.wiki.save({ title: 'Two', text: '2' });
    assert.equal((await api(t, { action: 'query', meta: 'userinfo', assert: 'user' })).json.error.code, 'assertuserfailed');
    assert.equal((await api(t, { action: 'query', meta: 'userinfo', assert: 'anon' })).json.query.userinfo.anon, '');
    await logInAs(t.wiki, t.client, 'Mover');
    const token = await csrf(t);
    const move = async (p: Record<string, string>) => (await api(t, { action: 'move', token, ...p }, 'POST')).json;
    assert.equal((await move({ from: 'One', to: 'One' })).error.code, 'selfmove');
    const exists = await move({ from: 'One', to: 'Two' });
    assert.equal(exists.error.code, 'articleexists');
    assert.match(exists.error.info, /already exists/);
    assert.equal((await move({ from: 'Nothing', to: 'Three' })).error.code, 'missingtitle');
    assert.equal((await api(t, { action: 'query', meta: 'userinfo', assert: 'anon' })).json.error.code, 'assertanonfailed');
  }));
});

describe('api.php results', () => {
  it('writes formatversion 1 as MediaWiki: pages by id, flags as "", text under *', withTestServer(async (t) => {
    t.wiki.save({ title: 'Here', text: 'body', minor: false });
    const { json } = await api(t, { action: 'query', titles: 'Here|Gone', prop: 'revisions', rvprop: 'content|flags', rvslots: 'main' });
    const id = String(t.wiki.getPage('Here')!.page.pageId);
    assert.deepEqual(json.query.pages['-1'], { ns: 0, title: 'Gone', missing: '' });
    assert.equal(json.query.pages[id].revisions[0].slots.main['*'], 'body');
    assert.equal(json.query.pages[id].revisions[0].minor, undefined);
    assert.equal(json.batchcomplete, '');
    const parsed = await api(t, { action: 'parse', page: 'Here', prop: 'text' });
    assert.match(parsed.json.parse.text['*'], /<p>body\n<\/p>/);
  }));

  it('parse prop=indicators: sorted by name, an object in formatversion 2 and {name, *} items in 1', withTestServer(async (t) => {
    t.wiki.save({ title: 'Flagged', text: "<indicator name=\"z\">Z</indicator><indicator name=\"a\">''A''</indicator>" });
    const v1 = await api(t, { action: 'parse', page: 'Flagged', prop: 'indicators' });
    assert.deepEqual(v1.json.parse.indicators, [{ name: 'a', '*': '<i>A</i>' }, { name: 'z', '*': 'Z' }]);
    const v2 = await api(t, { action: 'parse', page: 'Flagged', prop: 'indicators', formatversion: '2' });
    assert.deepEqual(v2.json.parse.indicators, { a: '<i>A</i>', z: 'Z' });
  }));

  it('continues prop modules within a generator batch before moving the generator on', withTestServer(async (t) => {
    t.wiki.save({ title: 'A', text: '[[X]] [[Y]]' });
    t.wiki.save({ title: 'B', text: '[[Z]]' });
    t.wiki.save({ title: 'C', text: '[[W]]' });
    t.wiki.runJobs();
    const base = { action: 'query', formatversion: '2', generator: 'allpages', gaplimit: '2', prop: 'links', pllimit: '2' };
    const seen: string[] = [];
    let params: Record<string, string> = base;
    const continues: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { json } = await api(t, params);
      for (const p of json.query.pages) for (const l of p.links ?? []) seen.push(`${p.title}>${l.title}`);
      if (!json.continue) break;
      continues.push(json.continue.continue);
      params = { ...base, ...json.continue };
    }
    assert.deepEqual(seen.sort(), ['A>X', 'A>Y', 'B>Z', 'C>W']);
    // The first batch repeats no generator parameter (the generator restarts from the top);
    // once the links of A and B are complete the generator moves on.
    assert.deepEqual(continues, ['||', 'gapcontinue||']);
  }));

  it('normalises titles, follows redirects and reports interwiki, invalid and special titles', withTestServer(async (t) => {
    t.wiki.save({ title: 'Target', text: 't' });
    t.wiki.save({ title: 'Short', text: '#REDIRECT [[Target]]' });
    const { json } = await api(t, { action: 'query', formatversion: '2', titles: 'short|Special:Version|<bad>', redirects: '1' });
    assert.deepEqual(json.query.normalized, [{ fromencoded: false, from: 'short', to: 'Short' }]);
    assert.deepEqual(json.query.redirects, [{ from: 'Short', to: 'Target' }]);
    const titles = json.query.pages.map((p: Json) => p.title);
    assert.deepEqual(titles.sort(), ['<bad>', 'Special:Version', 'Target']);
    assert.equal(json.query.pages.find((p: Json) => p.title === '<bad>').invalid, true);
  }));

  it('compares revisions and lists recent changes with continuation', withTestServer(async (t) => {
    const one = t.wiki.save({ title: 'Cmp', text: 'old line', timestamp: '2024-01-01T00:00:00Z' });
    const two = t.wiki.save({ title: 'Cmp', text: 'new line', timestamp: '2024-01-02T00:00:00Z' });
    const { json } = await api(t, { action: 'compare', formatversion: '2', fromrev: String(one.revision.revId), torev: String(two.revision.revId) });
    assert.equal(json.compare.fromrevid, one.revision.revId);
    assert.match(json.compare.body, /diff-deletedline/);
    const first = (await api(t, { action: 'query', formatversion: '2', list: 'recentchanges', rclimit: '1', rcprop: 'title|ids|flags' })).json;
    assert.equal(first.query.recentchanges[0].revid, two.revision.revId);
    assert.equal(first.query.recentchanges[0].new, false);
    const next = (await api(t, { action: 'query', formatversion: '2', list: 'recentchanges', rclimit: '1', rcprop: 'title|ids|flags', ...first.continue })).json;
    assert.equal(next.query.recentchanges[0].revid, one.revision.revId);
    assert.equal(next.query.recentchanges[0].new, true);
    assert.equal(next.continue, undefined);
  }));
});
