import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkup } from './test-helpers.ts';

const open = '<aside class="portable-infobox noexcerpt searchaux pi-background pi-theme-default pi-layout-default">';
const title = (v: string, src = 'name') => `<h2 class="pi-item pi-item-spacing pi-title" data-source="${src}">${v}</h2>`;
const data = (src: string, label: string, value: string) =>
  `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${src}">\n` +
  `\t\t<h3 class="pi-data-label pi-secondary-font">${label}</h3>\n\t<div class="pi-data-value pi-font">${value}</div>\n</div>`;
const header = (v: string) => `<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${v}</h2>`;

test('title and data rows take their values from the arguments', () => {
  const html = renderMarkup('<title source="name"/><data source="age"><label>Age</label></data>', { name: 'Len', age: '14' });
  assert.equal(html, `${open}${title('Len')}${data('age', 'Age', '14')}</aside>\n`);
});

test('default is used for an empty value, format only for a found one', () => {
  const markup = '<title source="name"><default>Nobody</default></title><data source="age"><label>Age</label><format>{{{age}}} years</format></data>';
  assert.equal(renderMarkup(markup, { age: '0' }), `${open}${title('Nobody')}${data('age', 'Age', '0 years')}</aside>\n`);
  assert.equal(renderMarkup(markup, {}), `${open}${title('Nobody')}</aside>\n`);
});

test('an infobox with nothing to show renders nothing', () => {
  assert.equal(renderMarkup('<title source="name"/><data source="x"/>'), '');
});

test('an empty group is dropped with its header; show=incomplete keeps empty rows', () => {
  const markup = '<group><header>H</header><data source="a"><label>A</label></data></group>';
  assert.equal(renderMarkup(markup, {}), '');
  const inc = '<group show="incomplete"><header>H</header><data source="a"><label>A</label></data><data source="b"><label>B</label></data></group>';
  assert.equal(
    renderMarkup(inc, { a: '1' }),
    `${open}<section class="pi-item pi-group pi-border-color">${header('H')}${data('a', 'A', '1')}${data('b', 'B', '')}</section></aside>\n`,
  );
});

test('collapse needs a leading header', () => {
  const html = renderMarkup('<group collapse="closed"><header>H</header><data source="a"/></group><group collapse="open"><data source="a"/></group>', { a: 'x' });
  assert.match(html, /<section class="pi-item pi-group pi-border-color pi-collapse pi-collapse-closed">/);
  assert.match(html, /<\/section><section class="pi-item pi-group pi-border-color"><div/);
});

test('row-items packs data into rows by span with PHP float widths', () => {
  const html = renderMarkup('<group row-items="3"><data source="a"/><data source="b" span="2"/><data source="c" span="3"/></group>', {
    a: '1',
    b: '2',
    c: '3',
  });
  assert.match(html, /style="width: 33.333333333333%" data-source="a">1</);
  assert.match(html, /style="width: 66.666666666667%" data-source="b">2</);
  assert.match(html, /style="width: 100%" data-source="c">3</);
  assert.equal(html.split('pi-smart-group pi-border-color').length - 1, 2);
  assert.doesNotMatch(html, /pi-smart-group-head/);
});

test('horizontal group: caption from the header, cells for non-empty data', () => {
  const html = renderMarkup('<group layout="horizontal"><header>Sizes</header><data source="h"><label>H</label></data><data source="w"><label>W</label></data></group>', {
    h: '156',
  });
  assert.match(html, /<table class="pi-horizontal-group">\n\t<caption class="pi-header pi-secondary-font pi-secondary-background pi-item-spacing">Sizes<\/caption>\n\t<thead>/);
  assert.match(html, /<td class="pi-horizontal-group-item pi-data-value pi-font pi-border-color pi-item-spacing" data-source="h">156<\/td>/);
  assert.doesNotMatch(html, /data-source="w"/);
});

test('panel: tabs only when a section has a label; empty sections dropped', () => {
  const markup =
    '<panel><header>P</header><section><label>One</label><data source="a"/></section><section><label>Two</label><data source="b"/></section></panel>';
  const html = renderMarkup(markup, { b: 'B' });
  assert.match(html, /<li class="pi-section-tab pi-item-spacing pi-section-active" data-ref="1">\n\t\t\t\t\t\t<div class="pi-section-label">Two<\/div>/);
  assert.doesNotMatch(html, /One/);
  assert.equal(renderMarkup(markup, {}), '');
});

test('theme, theme-source, layout, type, name and accent colours', () => {
  const attrs = { theme: 'evil', 'theme-source': 'color', layout: 'stacked', type: 'Vocaloid song', name: 'Box', 'accent-color-source': 'c', 'accent-color-text-default': 'Navy' };
  const html = renderMarkup('<title source="name"/>', { name: 'N', color: 'Daughter of Evil', c: 'F5C400' }, attrs);
  assert.equal(
    html,
    '<aside class="portable-infobox noexcerpt searchaux pi-background pi-theme-evil pi-theme-Daughter-of-Evil pi-layout-stacked pi-type-Vocaloid-song" data-item-name="Box">' +
      '<h2 class="pi-item pi-item-spacing pi-title" style="background-color:#f5c400;color:navy;" data-source="name">N</h2></aside>\n',
  );
});

test('entities in the markup are decoded before the XML is read; content-tag text keeps a literal &amp;', () => {
  assert.equal(renderMarkup('<title><default>Rin &amp; Len &lt;3</default></title>'), `${open}<h2 class="pi-item pi-item-spacing pi-title">Rin &amp; Len <3</h2></aside>\n`);
});

test('navigation is dropped when empty', () => {
  const html = renderMarkup('<navigation>{{{x|}}}</navigation><navigation name="n">links</navigation>');
  assert.equal(html, `${open}<nav class="pi-navigation pi-item-spacing pi-secondary-background pi-secondary-font" data-item-name="n">links</nav></aside>\n`);
});

test('an unknown tag aborts rendering', () => {
  assert.throws(() => renderMarkup('<title source="a"/><group><pair/></group>', { a: '1' }), /Unimplemented infobox tag: <pair>/);
});
