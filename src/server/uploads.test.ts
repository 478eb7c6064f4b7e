import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { hashPath } from '../render/image-url.ts';
import { pngImage, svgImage } from '../files/test-images.ts';
import { formFields, testWiki } from './test-client.ts';

/** A test wiki whose anonymous visitors may upload (uploading needs the upload right). */
function uploadWiki() {
  const t = testWiki();
  t.wiki.config.wgGroupPermissions = { ...t.wiki.config.wgGroupPermissions, '*': { upload: true, reupload: true } };
  return t;
}

function uploadForm(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type: string }): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('wpUploadFile', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return form;
}

test('Special:Upload through HTTP: the file turns red links into thumbnails and its page lists usage and history', async () => {
  const t = uploadWiki();
  try {
    t.wiki.save({ title: 'Gallery page', text: '[[File:Red dot.png|thumb|100px|A dot]]\n<gallery>\nFile:Red dot.png|In a gallery\n</gallery>' });
    const before = await (await t.client.get('/wiki/Gallery_page')).text();
    assert.match(before, /href="\/index\.php\?title=Special:Upload&amp;wpDestFile=Red_dot\.png"/);

    const formPage = await (await t.client.get('/index.php?title=Special:Upload&wpDestFile=Red_dot.png')).text();
    assert.match(formPage, /<input type="text" name="wpDestFile" id="wpDestFile" size="60" value="Red_dot.png">/);
    const { wpEditToken } = formFields(formPage);
    const bytes = await pngImage(400, 300, '#cc0000');
    const res = await t.client.postMultipart('/wiki/Special:Upload', uploadForm(
      { wpEditToken, wpDestFile: 'Red_dot.png', wpUploadDescription: 'A red dot for [[Gallery page]].' },
      { name: 'dot.png', bytes, type: 'image/png' },
    ));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/wiki/File:Red_dot.png');
    assert.ok(t.wiki.runJobs() >= 1);

    const dir = hashPath('Red_dot.png');
    const after = await (await t.client.get('/wiki/Gallery_page')).text();
    assert.match(after, new RegExp(`<img alt="" src="/images/thumb/${dir}Red_dot\\.png/100px-Red_dot\\.png" decoding="async" width="100" height="75"`));
    assert.match(after, /<li class="gallerybox"[\s\S]*?<img [^>]*src="\/images\/thumb\/[0-9a-f/]+Red_dot\.png\/\d+px-Red_dot\.png"/);

    const thumb = await t.client.get(`/images/thumb/${dir}Red_dot.png/100px-Red_dot.png`);
    assert.equal(thumb.status, 200);
    assert.equal(thumb.headers.get('content-type'), 'image/png');
    assert.match(thumb.headers.get('cache-control') ?? '', /max-age=\d+/);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    assert.deepEqual([meta.width, meta.height], [100, 75]);
    const etag = thumb.headers.get('etag')!;
    const revalidated = await t.app.request(`/images/thumb/${dir}Red_dot.png/100px-Red_dot.png`, { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);

    const original = await t.client.get(`/images/${dir}Red_dot.png`);
    assert.deepEqual(Buffer.from(await original.arrayBuffer()), bytes);
    const part = await t.app.request(`/images/${dir}Red_dot.png`, { headers: { Range: 'bytes=0-7' } });
    assert.equal(part.status, 206);
    assert.deepEqual(Buffer.from(await part.arrayBuffer()), bytes.subarray(0, 8));

    const filePage = await (await t.client.get('/wiki/File:Red_dot.png')).text();
    assert.match(filePage, /<div class="fullImageLink" id="file"><a href="\/images\/[0-9a-f/]+Red_dot\.png"><img alt="File:Red dot.png" src="\/images\/[0-9a-f/]+Red_dot\.png" decoding="async" width="400" height="300">/);
    assert.match(filePage, /400 × 300 pixels, file size: [\d.]+ KB, MIME type: image\/png/);
    assert.match(filePage, /A red dot for <a href="\/wiki\/Gallery_page" title="Gallery page">Gallery page<\/a>/);
    assert.match(filePage, /<table class="wikitable filehistory">[\s\S]*class="filehistory-selected"[\s\S]*<\/table>/);
    assert.match(filePage, /<h2 id="filelinks">File usage<\/h2>[\s\S]*<ul class="mw-imagepage-linkstoimage"><li><a href="\/wiki\/Gallery_page" title="Gallery page">Gallery page<\/a><\/li><\/ul>/);
  } finally {
    t.close();
  }
});

test('Special:Upload refuses a forged token, a banned type and scripted SVG, and shows why', async () => {
  const t = uploadWiki();
  try {
    const { wpEditToken } = formFields(await (await t.client.get('/wiki/Special:Upload')).text());
    const png = await pngImage(10, 10);
    const forged = await t.client.postMultipart('/wiki/Special:Upload', uploadForm({ wpEditToken: 'x.y', wpDestFile: 'A.png' }, { name: 'a.png', bytes: png, type: 'image/png' }));
    assert.equal(forged.status, 403);
    const banned = await t.client.postMultipart('/wiki/Special:Upload', uploadForm({ wpEditToken, wpDestFile: 'Run.exe' }, { name: 'run.exe', bytes: png, type: 'application/octet-stream' }));
    assert.equal(banned.status, 400);
    assert.match(await banned.text(), /data-code="filetype-banned"[\s\S]*value="Run.exe"/);
    const scripted = await t.client.postMultipart('/wiki/Special:Upload', uploadForm(
      { wpEditToken, wpDestFile: '', wpUploadDescription: 'kept' },
      { name: 'evil.svg', bytes: svgImage(10, 10, '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'), type: 'image/svg+xml' },
    ));
    assert.equal(scripted.status, 400);
    assert.match(await scripted.text(), /data-code="uploaded-script-svg"[\s\S]*>kept<\/textarea>/);
    const noFile = await t.client.postMultipart('/wiki/Special:Upload', uploadForm({ wpEditToken, wpDestFile: 'A.png' }));
    assert.equal(noFile.status, 400);
    assert.equal(t.wiki.repo.countFiles(), 0);
    assert.equal((await t.client.get('/images/../settings.json')).status, 404);
    assert.equal((await t.client.get(`/images/${hashPath('A.png')}A.png`)).status, 404);
    assert.equal((await t.client.get('/images/temp/x.png')).status, 404);
  } finally {
    t.close();
  }
});

test('an SVG file is served with a script-free policy and its thumbnails as PNG', async () => {
  const t = uploadWiki();
  try {
    const { uploadFile } = await import('../files/upload-file.ts');
    await uploadFile(t.wiki, { name: 'Logo.svg', bytes: svgImage(100, 50), comment: 'logo' });
    t.wiki.save({ title: 'Logo use', text: '[[File:Logo.svg|thumb|150px]]' });
    const page = await (await t.client.get('/wiki/Logo_use')).text();
    const src = /<img [^>]*src="([^"]+150px-Logo\.svg\.png)"/.exec(page)?.[1];
    assert.ok(src, 'the page shows a PNG rendering of the SVG');
    const thumb = await t.client.get(src);
    assert.equal(thumb.headers.get('content-type'), 'image/png');
    assert.equal((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width, 150);
    const original = await t.client.get(`/images/${hashPath('Logo.svg')}Logo.svg`);
    assert.equal(original.headers.get('content-type'), 'image/svg+xml');
    assert.match(original.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  } finally {
    t.close();
  }
});
