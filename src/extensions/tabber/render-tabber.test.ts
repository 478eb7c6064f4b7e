import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTabber, type TabberParser } from './render-tabber.ts';

const parser: TabberParser = { recursiveTagParse: (text) => `«${text}»`, fragmentMode: 'html5' };

test('tabs become links in a nav and article panels, as TabberNeue 2.7.4', () => {
  assert.equal(
    renderTabber('Card=one|-|Fairy Tab=two', {}, 0, parser),
    '<div id="tabber-0" class="tabber tabber--init"><header class="tabber__header"><button class="tabber__header__prev" aria-hidden="true"></button>' +
      '<nav class="tabber__tabs" role="tablist">' +
      '<a class="tabber__tab" id="tabber-tab-Card-0" href="#tabber-tabpanel-Card-0" role="tab" aria-controls="tabber-tabpanel-Card-0">Card</a>' +
      '<a class="tabber__tab" id="tabber-tab-Fairy_Tab-0" href="#tabber-tabpanel-Fairy_Tab-0" role="tab" aria-controls="tabber-tabpanel-Fairy_Tab-0">Fairy Tab</a>' +
      '</nav><button class="tabber__header__next" aria-hidden="true"></button></header><section class="tabber__section">' +
      '<article class="tabber__panel" id="tabber-tabpanel-Card-0" role="tabpanel" tabindex="0" aria-labelledby="tabber-tab-Card-0"><p>«one»</p></article>\n' +
      '<article class="tabber__panel" id="tabber-tabpanel-Fairy_Tab-0" role="tabpanel" tabindex="0" aria-labelledby="tabber-tab-Fairy_Tab-0"><p>«two»</p></article>\n' +
      '</section></div>',
  );
});

test('content starting with a block character gets its own lines; HTML content is not wrapped', () => {
  const html = renderTabber('\nA=\n[[File:X.png]]\n|-|B=<div>x</div>', {}, 2, parser);
  assert.ok(html.includes('aria-labelledby="tabber-tab-A-2"><p>«\n[[File:X.png]]\n»</p></article>'));
  assert.ok(html.includes('aria-labelledby="tabber-tab-B-2">«<div>x</div>»</article>'));
});

test('empty tabs and tabs without a label are skipped; empty content gives an empty panel', () => {
  const html = renderTabber('|-| =x|-|C=|-|\n', {}, 0, parser);
  assert.equal((html.match(/<article/g) ?? []).length, 1);
  assert.ok(html.includes('aria-labelledby="tabber-tab-C-0"></article>'));
});

test('labels are text: markup is escaped', () => {
  const html = renderTabber("<b>x</b>=y", {}, 0, parser);
  assert.ok(html.includes('>&lt;b&gt;x&lt;/b&gt;</a>'));
});

test('attributes are sanitised and classes merged', () => {
  const html = renderTabber('A=x', { class: 'extra', onclick: 'evil()', style: 'color:red' }, 1, parser);
  assert.ok(html.startsWith('<div id="tabber-1" class="tabber tabber--init extra" style="color:red">'));
});
