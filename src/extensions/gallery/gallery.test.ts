import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../parse/create-parser.ts';
import { defaultSiteConfig } from '../../core/site-config.ts';
import { MemoryDataAccess } from '../../core/data-access.ts';
import { TitleParser } from '../../core/title.ts';
import { galleryMode, gbWidth, thumbDivWidth, vPad, px } from './gallery-modes.ts';
import { splitOutsideConverterMarkup } from './gallery-line.ts';

const titles = new TitleParser(defaultSiteConfig);
const data = new MemoryDataAccess().addFile({
  title: titles.parseOrThrow('File:Wide.jpg'),
  width: 1941,
  height: 220,
  mime: 'image/jpeg',
  size: 7881,
  url: 'http://example.com/images/3/3a/Wide.jpg',
});

function render(wikitext: string): string {
  return createParser(defaultSiteConfig, data).parse(wikitext, { title: titles.parseOrThrow('Sandbox') }).html;
}

test('box sizes of each mode follow the core gallery classes', () => {
  const size = { widths: 120, heights: 120 };
  assert.equal(gbWidth(galleryMode('traditional'), size, 120), 155);
  assert.equal(gbWidth(galleryMode('nolines'), size, 120), 125);
  assert.equal(vPad(galleryMode('traditional'), 120, 14), 68);
  assert.equal(vPad(galleryMode('nolines'), 120, 14), 0);
  const packed = galleryMode('packed-overlay');
  assert.equal(px(thumbDivWidth(packed, size, 1589)), '1059.3333333333');
  assert.equal(px(gbWidth(packed, size, 1589)), '1061.3333333333');
  assert.equal(packed.perRow, false);
});

test('options are split on pipes outside language-converter markup', () => {
  assert.deepEqual(splitOutsideConverterMarkup('alt=-{R|x}-|cap'), ['alt=-{R|x}-', 'cap']);
});

test('a traditional gallery: thumbnails, captions as paragraphs, missing files by name', () => {
  const html = render('<gallery widths="70px" perrow="2" caption="Two">\nWide.jpg|A \'\'caption\'\'\nMissing.png\n</gallery>');
  assert.match(html, /^<ul class="gallery mw-gallery-traditional" style="max-width: 226px;">/);
  assert.match(html, /<li class="gallerycaption">Two<\/li>/);
  assert.match(html, /<a href="[^"]*File:Wide\.jpg" class="image" title="A caption"><img alt="A caption" src="[^"]*70px-Wide\.jpg"/);
  assert.match(html, /<div class="gallerytext">\n<p>A <i>caption<\/i>\n<\/p>/);
  assert.match(html, /<div class="thumb" style="height: 150px;">Missing.png<\/div>/);
});

test('packed-overlay puts a non-empty caption over the image; slideshow records showthumbnails', () => {
  const overlay = render('<gallery mode="packed-overlay">\nWide.jpg|Over\nWide.jpg\n</gallery>');
  assert.equal((overlay.match(/gallerytextwrapper/g) ?? []).length, 1);
  assert.match(overlay, /width="1060" height="120"/);
  assert.match(render('<gallery mode="slideshow" showthumbnails>\nWide.jpg\n</gallery>'), /<ul class="gallery mw-gallery-slideshow" data-showthumbnails="1">/);
  assert.match(render('<gallery mode="bogus">\nWide.jpg\n</gallery>'), /mw-gallery-traditional/);
});

test('the newer media markup: no inner box div, images in span[typeof=mw:File], missing files as mw:Error', () => {
  const config = { ...defaultSiteConfig, wgParserEnableLegacyMediaDOM: false };
  const html = createParser(config, data).parse('<gallery>\nFile:Wide.jpg\nFile:Missing.png\n</gallery>', { title: titles.parseOrThrow('Sandbox') }).html;
  assert.match(html, /<li class="gallerybox" style="width: 155px">\n\t\t\t<div class="thumb" style="width: 150px; height: 150px;"><span typeof="mw:File"><a href="[^"]*File:Wide.jpg" class="mw-file-description">/);
  assert.match(html, /<span typeof="mw:Error mw:File"><a [^>]*class="new"[^>]*><span class="mw-broken-media" data-width="120" data-height="120">File:Missing.png<\/span><\/a><\/span>/);
  assert.doesNotMatch(html, /margin:/);
});
