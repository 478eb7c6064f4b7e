import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hidingStyle, readerProgress } from './spoiler-control.ts';
import { testWiki } from '../test-client.ts';
import { loadSampleWiki } from '../../wiki/sample/load-sample.ts';

const points = ['Part 1', 'Part 2', 'Part 3'];

test("the reader's progress: the cookie, else the wiki's default, else everything", () => {
  assert.equal(readerProgress('1', points, ''), 1);
  assert.equal(readerProgress('0', points, ''), 0);
  assert.equal(readerProgress('3', points, ''), null);
  assert.equal(readerProgress('all', points, 'Part 1'), null);
  assert.equal(readerProgress('x<y', points, ''), null);
  assert.equal(readerProgress(undefined, points, 'part 2'), 2);
  assert.equal(readerProgress(undefined, points, 'Part 9'), null);
});

test('the first-paint style hides the points after the progress, only where scripts run', () => {
  assert.equal(hidingStyle(1, 3), '@media (scripting: enabled){[data-spoiler-after="2"],[data-spoiler-after="3"]{display:none!important}}');
  assert.equal(hidingStyle(null, 3), '');
  assert.equal(hidingStyle(3, 3), '');
});

test('HTTP: the sample character page carries its spoilers, and the head the control and the reader style', async () => {
  const t = testWiki();
  try {
    loadSampleWiki(t.wiki);
    const res = await t.client.get('/wiki/Mira_Kagami');
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<script src="[^"]*spoilers\.js" defer id="spoiler-script" data-points="\[&quot;Part 1&quot;,&quot;Part 2&quot;,&quot;Part 3&quot;\]" data-progress="all"><\/script>/);
    assert.match(body, /<link rel="stylesheet" href="[^"]*spoilers\.css">/);
    assert.ok(!body.includes('spoiler-progress-style'));
    assert.match(body, /<span class="spoiler spoiler-inline" data-spoiler-after="2">Her patience breaks only once/);
    assert.match(body, /<div class="spoiler spoiler-block" data-spoiler-after="2">\n<p>The culprit/);
    assert.match(body, /<div class="spoiler spoiler-section" data-spoiler-after="3"><h3>/);
    assert.match(body, /<li class="toclevel-2 tocsection-\d+" data-spoiler-after="3"><a href="#The_Night_of_Two_Reflections">/);
    assert.match(body, /class="pi-data-value pi-font">Keeper<span class="spoiler spoiler-inline" data-spoiler-after="3">; vanished/);

    const atPart1 = await (await t.app.request('/wiki/Mira_Kagami', { headers: { Cookie: 'kagami_spoiler_progress=1' } })).text();
    assert.match(atPart1, /data-progress="1"/);
    assert.match(atPart1, /<style id="spoiler-progress-style">@media \(scripting: enabled\)\{\[data-spoiler-after="2"\],\[data-spoiler-after="3"\]\{display:none!important\}\}<\/style>/);
    assert.equal(atPart1.replace(/<head>[\s\S]*<\/head>/, ''), body.replace(/<head>[\s\S]*<\/head>/, ''), 'the page body is the same for every reader');

    const script = await t.client.get('/static/spoilers.js'.replace('/static/', staticPrefix(body)));
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  } finally {
    t.close();
  }
});

test('HTTP: a wiki without progress points gets no spoiler control', async () => {
  const t = testWiki();
  try {
    t.wiki.save({ title: 'Plain', text: 'hello' });
    const body = await (await t.client.get('/wiki/Plain')).text();
    assert.ok(!body.includes('spoiler'));
  } finally {
    t.close();
  }
});

function staticPrefix(body: string): string {
  const m = /<script src="([^"]*)spoilers\.js"/.exec(body);
  return m ? m[1] : '/static/';
}
