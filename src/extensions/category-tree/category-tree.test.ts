import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTestWiki } from '../../wiki/test-wiki.ts';
import { functionArguments } from './index.ts';
import { capDepth, decodeOptions } from './options.ts';

const options = '{&quot;mode&quot;:10,&quot;hideprefix&quot;:20,&quot;showcount&quot;:false,&quot;namespaces&quot;:false,&quot;notranslations&quot;:false}';

test('a missing category gives a notice', withTestWiki((wiki) => {
  const html = wiki.renderText('<categorytree mode=pages depth=0>No such</categorytree>', wiki.titles.parse('P')!).html;
  assert.equal(
    html,
    `<div class="CategoryTreeTag" data-ct-mode="10" data-ct-options="${options}"><span class="CategoryTreeNotice">Category <i>No such</i> not found</span></div>`,
  );
}));

test('depth 0: the category collapsed; depth 1: its subcategories, then its pages', withTestWiki((wiki) => {
  wiki.save({ title: 'Category:Ships', text: 'ships' });
  wiki.save({ title: 'Category:Empty', text: 'nothing here' });
  wiki.save({ title: 'Category:Destroyers', text: '[[Category:Ships]]' });
  wiki.save({ title: 'Zuikaku', text: '[[Category:Ships]]' });
  wiki.save({ title: 'Akagi', text: '[[Category:Ships]]' });
  const page = wiki.titles.parse('P')!;
  const collapsed = wiki.renderText('{{#categorytree:Ships|mode=pages|depth=0}}', page).html;
  assert.match(collapsed, /<span class="CategoryTreeBullet"><span class="CategoryTreeToggle" data-ct-title="Ships" data-ct-state="collapsed"><\/span> <\/span> <a href="\/wiki\/Category:Ships" title="Category:Ships">Ships<\/a><\/div><div class="CategoryTreeChildren" style="display:none"><\/div>/);

  const open = wiki.renderText('<categorytree mode="pages">Category:Ships</categorytree>', page).html;
  assert.match(open, /data-ct-loaded="1" data-ct-state="expanded"/);
  const order = [...open.matchAll(/<a href="[^"]*" title="([^"]*)">/g)].map((m) => m[1]);
  assert.deepEqual(order, ['Category:Ships', 'Category:Destroyers', 'Akagi', 'Zuikaku']);
  assert.match(open, /<span class="CategoryTreeEmptyBullet"><\/span> <a href="\/wiki\/Category:Destroyers"/);
  assert.match(open, /<span class="CategoryTreePageBullet"><\/span> <a href="\/wiki\/Akagi"/);

  const empty = wiki.renderText('<categorytree mode=pages>Empty</categorytree>', page).html;
  assert.match(empty, /<span class="CategoryTreeEmptyBullet"><\/span> .*<i class="CategoryTreeNotice">no pages or subcategories<\/i>/);
}));

test('options and arguments are decoded as CategoryTree does', () => {
  assert.deepEqual(decodeOptions({ mode: 'pages' }), { mode: 10, hideprefix: 20, showcount: false, namespaces: false, notranslations: false });
  assert.equal(decodeOptions({}).mode, 0);
  assert.equal(decodeOptions({ mode: 'all', hideprefix: 'always' }).hideprefix, 10);
  assert.equal(capDepth(10, '0'), 0);
  assert.equal(capDepth(10, '5'), 1);
  assert.equal(capDepth(0, '5'), 2);
  assert.equal(capDepth(10, undefined), 1);
  assert.deepEqual(functionArguments(['mode = pages', 'depth="0"', 'hideroot']), { mode: 'pages', depth: '0', hideroot: true });
});
