/**
 * Uploaded files in Chromium: a page with a thumbnail and a gallery of uploaded images (PNG,
 * JPEG and SVG, made with sharp), each image loaded from the thumbnail route at the size the
 * page asks for; and the file page with its preview, history and usage. Screenshots go to
 * a temporary folder (its path is logged).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { jpegImage, pngImage, svgImage } from '../../src/files/test-images.ts';
import { uploadFile } from '../../src/files/upload-file.ts';
import { launchChromium, type LaunchedChromium, noChromium as skip, serveTemporaryWiki, type ServedWiki } from './browser-fixture.ts';

let served: ServedWiki;
let chromium: LaunchedChromium;
let context: BrowserContext;
let base = '';
const shots = mkdtempSync(join(tmpdir(), 'kagami-files-shots-'));

before(async () => {
  if (skip) return;
  served = await serveTemporaryWiki('files', {
    seed: async (wiki) => {
      wiki.save({
        title: 'Fleet',
        text: `[[File:Flagship.jpg|thumb|220px|The flagship at sea]]
The fleet's pictures, uploaded to this wiki.

== Gallery ==
<gallery>
File:Flagship.jpg|Flagship
File:Emblem.svg|Emblem
File:Signal.png|Signal flag
</gallery>`,
      });
      await uploadFile(wiki, { name: 'Flagship.jpg', bytes: await jpegImage(1200, 800, '#2d5f8a'), comment: 'The flagship' });
      await uploadFile(wiki, { name: 'Emblem.svg', bytes: svgImage(200, 200, '<circle cx="100" cy="100" r="90" fill="#c33"/><rect x="60" y="60" width="80" height="80" fill="#fff"/>'), comment: 'Emblem' });
      await uploadFile(wiki, { name: 'Signal.png', bytes: await pngImage(300, 200, '#e6b800'), comment: 'Signal flag' });
      wiki.runJobs();
    },
  });
  base = served.base;
  chromium = await launchChromium('files');
  context = chromium.context;
  console.log(`files-view screenshots: ${shots}`);
});

after(async () => {
  if (skip) return;
  await chromium.close();
  await served.close();
});

test('a page shows its thumbnail and gallery images, loaded at the sizes it asks for', { skip }, async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${base}/wiki/Fleet`);
  await page.waitForLoadState('networkidle');
  const images = await page.$$eval('.mw-parser-output img', (imgs) =>
    imgs.map((img) => ({ src: img.getAttribute('src') ?? '', width: Number(img.getAttribute('width')), natural: (img as HTMLImageElement).naturalWidth, complete: (img as HTMLImageElement).complete })));
  assert.equal(images.length, 4);
  for (const img of images) {
    assert.match(img.src, /^\/images\/thumb\//);
    assert.ok(img.complete && img.natural > 0, `${img.src} loaded`);
    assert.equal(img.natural, img.width, `${img.src} is served at the size its width attribute gives`);
  }
  assert.equal(images[0].width, 220);
  assert.ok(images.some((i) => i.src.endsWith('.svg.png')));
  await page.screenshot({ path: join(shots, 'fleet.png'), fullPage: true });
  await page.close();
});

test('the file page shows the preview, history and usage', { skip }, async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${base}/wiki/File:Flagship.jpg`);
  await page.waitForLoadState('networkidle');
  const preview = await page.$eval('#file img', (img) => ({ w: (img as HTMLImageElement).naturalWidth, h: (img as HTMLImageElement).naturalHeight }));
  assert.deepEqual(preview, { w: 800, h: 533 });
  assert.equal(await page.textContent('.mw-imagepage-linkstoimage'), 'Fleet');
  await page.screenshot({ path: join(shots, 'file-page.png'), fullPage: true });
  await page.close();
});
