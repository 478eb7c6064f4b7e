import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { hashPath } from '../render/image-url.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { jpegImage, pngImage, svgImage } from './test-images.ts';
import { parseThumbPath } from './thumb-request.ts';
import { thumbnail } from './thumbnail.ts';
import { uploadFile } from './upload-file.ts';

test('thumbnail paths are read as MediaWiki writes them, and nothing else', () => {
  assert.deepEqual(parseThumbPath('thumb/3/37/Pic.png/200px-Pic.png'), { name: 'Pic.png', archiveName: undefined, width: 200, thumbName: '200px-Pic.png' });
  assert.deepEqual(parseThumbPath('thumb/6/6f/Logo.svg/120px-Logo.svg.png')?.thumbName, '120px-Logo.svg.png');
  assert.equal(parseThumbPath('thumb/0/00/Pic.png/200px-Pic.png'), null, 'wrong hash directory');
  assert.equal(parseThumbPath('thumb/3/37/Pic.png/200px-Other.png'), null);
  assert.equal(parseThumbPath('thumb/6/6f/Logo.svg/120px-Logo.svg'), null, 'an SVG thumbnail is a PNG');
  assert.equal(parseThumbPath('thumb/3/37/Pic.png/0px-Pic.png'), null);
  assert.equal(parseThumbPath('thumb/3/37/../Pic.png/20px-Pic.png'), null);
  assert.equal(parseThumbPath('thumb/archive/3/37/20240101000000!Pic.png/120px-Pic.png')?.archiveName, '20240101000000!Pic.png');
});

test('PNG and JPEG thumbnails are scaled to the asked width and kept on disk', withTestWiki(async (wiki) => {
  await uploadFile(wiki, { name: 'Wide.png', bytes: await pngImage(400, 300) });
  await uploadFile(wiki, { name: 'Photo.jpg', bytes: await jpegImage(1000, 667) });
  const png = await thumbnail(wiki, parseThumbPath('thumb/8/82/Wide.png/200px-Wide.png') ?? fail('Wide.png path'));
  assert.equal(png.kind, 'file');
  const pngMeta = await sharp((png as { path: string }).path).metadata();
  assert.deepEqual([pngMeta.format, pngMeta.width, pngMeta.height], ['png', 200, 150]);
  const mtime = statSync((png as { path: string }).path).mtimeMs;
  const again = await thumbnail(wiki, parseThumbPath('thumb/8/82/Wide.png/200px-Wide.png')!);
  assert.equal(statSync((again as { path: string }).path).mtimeMs, mtime, 'served from the disk cache');

  const jpgPath = thumbPathFor('Photo.jpg', 300);
  const jpg = await thumbnail(wiki, parseThumbPath(jpgPath)!);
  const jpgMeta = await sharp((jpg as { path: string }).path).metadata();
  assert.deepEqual([jpgMeta.format, jpgMeta.width, jpgMeta.height], ['jpeg', 300, 200]);

  assert.equal((await thumbnail(wiki, parseThumbPath('thumb/8/82/Wide.png/500px-Wide.png')!)).kind, 'original');
  const missing = await thumbnail(wiki, parseThumbPath(thumbPathFor('Nothing.png', 100))!);
  assert.deepEqual(missing.kind === 'error' && missing.status, 404);
}));

test('an SVG is rasterised to PNG at any width up to the limit', withTestWiki(async (wiki) => {
  await uploadFile(wiki, { name: 'Logo.svg', bytes: svgImage(100, 50) });
  const big = await thumbnail(wiki, parseThumbPath(thumbPathFor('Logo.svg', 400))!);
  assert.equal(big.kind, 'file');
  const meta = await sharp((big as { path: string }).path).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['png', 400, 200]);
  const { data } = await sharp((big as { path: string }).path).raw().toBuffer({ resolveWithObject: true });
  const centre = (100 * 400 + 200) * (meta.channels ?? 4);
  assert.deepEqual([...data.subarray(centre, centre + 3)], [0x22, 0xaa, 0x77], 'the circle is drawn');
  wiki.config.wgSVGMaxSize = 300;
  const tooBig = await thumbnail(wiki, parseThumbPath(thumbPathFor('Logo.svg', 301))!);
  assert.equal(tooBig.kind === 'error' && tooBig.status, 400);
}));

test('a re-upload drops the old thumbnails; old versions have their own', withTestWiki(async (wiki) => {
  await uploadFile(wiki, { name: 'Pic.png', bytes: await pngImage(400, 400) });
  const first = await thumbnail(wiki, parseThumbPath(thumbPathFor('Pic.png', 100))!) as { path: string };
  const { previous } = await uploadFile(wiki, { name: 'Pic.png', bytes: await pngImage(400, 200, '#ff0000') });
  assert.equal(existsSync(first.path), false);
  const second = await thumbnail(wiki, parseThumbPath(thumbPathFor('Pic.png', 100))!) as { path: string };
  assert.equal((await sharp(second.path).metadata()).height, 50);
  const archived = parseThumbPath(`thumb/archive/${hashPath('Pic.png')}${previous!.archiveName}/100px-Pic.png`)!;
  const old = await thumbnail(wiki, archived) as { path: string };
  assert.equal((await sharp(old.path).metadata()).height, 100);
}));

function fail(message: string): never {
  throw new Error(message);
}

function thumbPathFor(name: string, width: number): string {
  return `thumb/${hashPath(name)}${name}/${width}px-${name}${name.endsWith('.svg') ? '.png' : ''}`;
}
