import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDataAccess } from '../core/data-access.ts';
import { siteConfigFromSettings } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { ExtensionRegistry } from '../extensions/extension.ts';
import { ParseContext } from '../parse/parse-context.ts';
import { makeImage, makeMediaLink } from './image.ts';
import { hashPath } from './image-url.ts';

function context(settings: Record<string, unknown> = {}) {
  const config = siteConfigFromSettings({ wgUploadPath: 'http://example.com/images', thumbSize: 180, ...settings });
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  for (const [name, width, height, mime] of [
    ['Foobar.jpg', 1941, 220, 'image/jpeg'],
    ['Foobar.svg', 240, 180, 'image/svg+xml'],
    ['Thumb.png', 135, 135, 'image/png'],
  ] as const) {
    const title = titles.makeTitle(6, name)!;
    data.addFile({ title, width, height, mime, size: 1, url: `http://example.com/images/${hashPath(title.dbKey)}${title.dbKey}` });
  }
  const ctx = new ParseContext({ config, titles, data, extensions: new ExtensionRegistry() }, { title: titles.parse('Test')! });
  return { ctx, file: (name: string) => titles.parse(name)! };
}

const full = '<img alt="Foobar.jpg" src="http://example.com/images/3/3a/Foobar.jpg" decoding="async" width="1941" height="220" />';
const thumb180 =
  'src="http://example.com/images/thumb/3/3a/Foobar.jpg/180px-Foobar.jpg" decoding="async" width="180" height="20"';
const srcset180 =
  'srcset="http://example.com/images/thumb/3/3a/Foobar.jpg/270px-Foobar.jpg 1.5x, http://example.com/images/thumb/3/3a/Foobar.jpg/360px-Foobar.jpg 2x"';

test('a plain image links to its description page, floats by alignment', () => {
  const { ctx, file } = context();
  assert.equal(makeImage(ctx, file('File:Foobar.jpg'), ''), `<a href="/wiki/File:Foobar.jpg" class="image">${full}</a>`);
  assert.equal(
    makeImage(ctx, file('File:Foobar.jpg'), 'right|Caption text'),
    '<div class="floatright"><a href="/wiki/File:Foobar.jpg" class="image" title="Caption text"><img alt="Caption text" src="http://example.com/images/3/3a/Foobar.jpg" decoding="async" width="1941" height="220" /></a></div>',
  );
});

test('thumb: scaled to the thumb size with srcset, caption and magnify link', () => {
  const { ctx, file } = context();
  assert.equal(
    makeImage(ctx, file('File:Foobar.jpg'), 'thumb|caption'),
    `<div class="thumb tright"><div class="thumbinner" style="width:182px;"><a href="/wiki/File:Foobar.jpg" class="image"><img alt="" ${thumb180} class="thumbimage" ${srcset180} /></a>` +
      '  <div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Foobar.jpg" class="internal" title="Enlarge"></a></div>caption</div></div></div>',
  );
});

test('frame is unscaled; frameless keeps a bitmap within its size but enlarges a vector', () => {
  const { ctx, file } = context();
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'frame|50px'), /style="width:1943px;".*width="1941" height="220" class="thumbimage" \/><\/a>  <div class="thumbcaption"><\/div>/);
  assert.equal(makeImage(ctx, file('File:Foobar.jpg'), 'frameless|2000px'), `<a href="/wiki/File:Foobar.jpg" class="image">${full}</a>`);
  assert.match(makeImage(ctx, file('File:Foobar.svg'), 'frameless|2000px'), /src="http:\/\/example.com\/images\/thumb\/f\/ff\/Foobar.svg\/2000px-Foobar.svg.png" decoding="async" width="2000" height="1500"/);
});

test('sizes, border, class, link= and upright', () => {
  const { ctx, file } = context();
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), '2000px'), /src="http:\/\/example.com\/images\/3\/3a\/Foobar.jpg" decoding="async" width="2000" height="227"/);
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'border|class=extra|50px'), /width="50" height="6" class="extra thumbborder"/);
  assert.equal(
    makeImage(ctx, file('File:Foobar.jpg'), 'link=|stuff'),
    '<img alt="stuff" src="http://example.com/images/3/3a/Foobar.jpg" decoding="async" title="stuff" width="1941" height="220" />',
  );
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'link=Main Page|50px'), /^<a href="\/wiki\/Main_Page" title="Main Page"><img/);
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'thumb|upright'), /style="width:142px;".*width="140" height="16"/);
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'center|50px'), /^<div class="center"><div class="floatnone"><a/);
});

test('missing files: upload link, or a plain link when uploads are off', () => {
  const { ctx, file } = context();
  assert.equal(
    makeImage(ctx, file('File:No such.jpg'), ''),
    '<a href="/index.php?title=Special:Upload&amp;wpDestFile=No_such.jpg" class="new" title="File:No such.jpg">File:No such.jpg</a>',
  );
  const off = context({ wgEnableUploads: false });
  assert.equal(
    makeImage(off.ctx, off.file('File:Poor Len.png'), 'thumb|right|Poor Len'),
    '<div class="thumb tright"><div class="thumbinner" style="width:182px;"><a href="/wiki/File:Poor_Len.png" title="File:Poor Len.png">File:Poor Len.png</a>  <div class="thumbcaption">Poor Len</div></div></div>',
  );
});

test('media links point at the file itself', () => {
  const { ctx, file } = context();
  assert.equal(
    makeMediaLink(ctx, file('File:Foobar.jpg'), 'Media:Foobar.jpg'),
    '<a href="http://example.com/images/3/3a/Foobar.jpg" class="internal" title="Foobar.jpg">Media:Foobar.jpg</a>',
  );
  assert.equal(
    makeMediaLink(ctx, file('File:No such.jpg')),
    '<a href="/index.php?title=Special:Upload&amp;wpDestFile=No_such.jpg" class="new" title="No such.jpg">No such.jpg</a>',
  );
});

test('the newer media markup: span or figure wrappers, classes on the wrapper, mw:Error for missing files', () => {
  const { ctx, file } = context({ wgParserEnableLegacyMediaDOM: false });
  const desc = '<a href="/wiki/File:Foobar.jpg" class="mw-file-description"';
  assert.equal(makeImage(ctx, file('File:Foobar.jpg'), ''), `<span class="mw-default-size" typeof="mw:File">${desc}>${full}</a></span>`);
  assert.equal(
    makeImage(ctx, file('File:Foobar.jpg'), 'thumb|left|class=x|cap'),
    `<figure class="mw-default-size mw-halign-left x" typeof="mw:File/Thumb">${desc}><img alt="" ${thumb180} ${srcset180} /></a><figcaption>cap</figcaption></figure>`,
  );
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'frame'), /^<figure typeof="mw:File\/Frame">/);
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'middle|border|50px'), /^<span class="mw-valign-middle mw-image-border" typeof="mw:File">/);
  assert.equal(
    makeImage(ctx, file('File:Foobar.jpg'), 'link=|stuff'),
    '<span class="mw-default-size" typeof="mw:File"><span title="stuff"><img alt="stuff" src="http://example.com/images/3/3a/Foobar.jpg" decoding="async" width="1941" height="220" /></span></span>',
  );
  assert.equal(
    makeImage(ctx, file('File:Nonexistent'), '100x100px'),
    '<span typeof="mw:Error mw:File"><a href="/index.php?title=Special:Upload&amp;wpDestFile=Nonexistent" class="new" title="File:Nonexistent">' +
      '<span class="mw-broken-media" data-width="100" data-height="100">File:Nonexistent</span></a></span>',
  );
  assert.match(makeImage(ctx, file('File:Foobar.jpg'), 'thumbnail= '), /typeof="mw:Error mw:File\/Thumb"><a href="\/wiki\/File:Foobar.jpg" title="File:Foobar.jpg"><span class="mw-broken-media" data-width="180">Error creating thumbnail: <\/span>/);
});
