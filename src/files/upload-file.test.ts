import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { rightsOf } from '../wiki/user-rights.ts';
import { FilePaths } from './file-paths.ts';
import { jpegImage, pngImage, svgImage } from './test-images.ts';
import { fileSha1, uploadFile } from './upload-file.ts';
import { UploadError } from './upload-error.ts';

const refused = (code: string) => (e: unknown) => e instanceof UploadError && e.code === code;

test('an upload stores the file under its hashed directory, the image row and the description page', withTestWiki(async (wiki, dataDir) => {
  const bytes = await pngImage(400, 300);
  const result = await uploadFile(wiki, { name: 'C:\\Users\\me\\red dot.png', bytes, comment: 'A dot', user: 'Uploader' });
  assert.equal(result.title.prefixedText, 'File:Red dot.png');
  assert.equal(result.previous, null);
  const md5 = createHash('md5').update('Red_dot.png').digest('hex');
  assert.deepEqual(readFileSync(join(dataDir, 'images', md5[0], md5.slice(0, 2), 'Red_dot.png')), bytes);
  const record = wiki.repo.getFileRecord('Red_dot.png')!;
  assert.deepEqual({ w: record.width, h: record.height, mime: record.mime, type: record.mediaType, size: record.size, sha1: record.sha1 },
    { w: 400, h: 300, mime: 'image/png', type: 'BITMAP', size: bytes.length, sha1: fileSha1(bytes) });
  assert.equal(record.descriptionRevId, result.revision.revId);
  assert.equal(wiki.getPage('File:Red dot.png')?.revision.text, 'A dot');
  assert.deepEqual(wiki.repo.listLog({ type: 'upload', limit: 5 }).map((e) => [e.action, e.dbKey]), [['upload', 'Red_dot.png']]);
  assert.deepEqual(readdirSync(join(dataDir, 'images', 'temp')), []);
}));

test('a re-upload archives the old version, keeps the page text and adds a revision with the comment', withTestWiki(async (wiki, dataDir) => {
  const first = await pngImage(40, 30);
  await uploadFile(wiki, { name: 'Pic.png', bytes: first, comment: 'first', pageText: '== Summary ==\nA picture.' });
  const second = await pngImage(80, 50, '#ff0000');
  const result = await uploadFile(wiki, { name: 'Pic.png', bytes: second, comment: 'brighter' });
  assert.ok(result.previous);
  const paths = new FilePaths(dataDir);
  assert.deepEqual(readFileSync(paths.original('Pic.png')), second);
  assert.deepEqual(readFileSync(paths.archived('Pic.png', result.previous.archiveName)), first);
  assert.equal(wiki.repo.getFileRecord('Pic.png')?.width, 80);
  assert.deepEqual(wiki.repo.listOldFiles('Pic.png').map((f) => f.width), [40]);
  const history = wiki.history('File:Pic.png')!;
  assert.deepEqual(history.revisions.map((r) => r.comment), ['brighter', 'first']);
  assert.equal(wiki.getPage('File:Pic.png')?.revision.text, '== Summary ==\nA picture.');
  await assert.rejects(uploadFile(wiki, { name: 'Pic.png', bytes: second }), refused('fileexists-no-change'));
}));

test('refused uploads leave no rows, pages or files behind', withTestWiki(async (wiki, dataDir) => {
  const png = await pngImage(10, 10);
  await assert.rejects(uploadFile(wiki, { name: 'Tool.exe', bytes: png }), refused('filetype-banned'));
  await assert.rejects(uploadFile(wiki, { name: 'Noext', bytes: png }), refused('filetype-missing'));
  await assert.rejects(uploadFile(wiki, { name: 'Empty.png', bytes: Buffer.alloc(0) }), refused('empty-file'));
  await assert.rejects(uploadFile(wiki, { name: 'Photo.jpg', bytes: png }), refused('filetype-mime-mismatch'));
  await assert.rejects(uploadFile(wiki, { name: 'Fake.png', bytes: Buffer.from('not an image at all') }), refused('verification-error'));
  await assert.rejects(uploadFile(wiki, { name: 'Bad.svg', bytes: svgImage(10, 10, '<script>alert(1)</script>') }), refused('uploaded-script-svg'));
  await assert.rejects(uploadFile(wiki, { name: 'Bad2.svg', bytes: svgImage(10, 10, '<rect onload="alert(1)" width="1" height="1"/>') }), refused('uploaded-script-svg'));
  await assert.rejects(uploadFile(wiki, { name: 'Anon.png', bytes: png, rights: rightsOf([]) }), /"upload" right/);
  wiki.config.wgMaxUploadSize = 100;
  await assert.rejects(uploadFile(wiki, { name: 'Big.jpg', bytes: await jpegImage(200, 200) }), refused('file-too-large'));
  assert.equal(wiki.repo.countFiles(), 0);
  assert.equal(wiki.repo.countPages(), 0);
  assert.equal(existsSync(join(dataDir, 'images', 'temp')) ? readdirSync(join(dataDir, 'images', 'temp')).length : 0, 0);
}));

test('a failure while moving the file into place rolls the upload back', withTestWiki(async (wiki, dataDir) => {
  const paths = new FilePaths(dataDir);
  await uploadFile(wiki, { name: 'Kept.png', bytes: await pngImage(20, 20), comment: 'v1' });
  // A plain file where the archive folder must be makes the archive step fail.
  const archiveFolder = dirname(paths.archived('Kept.png', 'x'));
  mkdirSync(dirname(archiveFolder), { recursive: true });
  writeFileSync(archiveFolder, 'in the way');
  await assert.rejects(uploadFile(wiki, { name: 'Kept.png', bytes: await pngImage(30, 30), comment: 'v2' }), /ENOTDIR|EEXIST/);
  assert.equal(wiki.repo.getFileRecord('Kept.png')?.width, 20);
  assert.deepEqual(wiki.repo.listOldFiles('Kept.png'), []);
  assert.equal(wiki.history('File:Kept.png')?.revisions.length, 1);
  assert.equal(wiki.repo.listLog({ type: 'upload', limit: 5 }).length, 1);
  assert.equal((await sharp(paths.original('Kept.png')).metadata()).width, 20);
}));

test('an SVG upload records its declared size; an upload for an existing description page keeps its text', withTestWiki(async (wiki) => {
  wiki.save({ title: 'File:Logo.svg', text: 'Imported description' });
  const result = await uploadFile(wiki, { name: 'Logo.svg', bytes: svgImage(120, 60), comment: 'logo' });
  const record = wiki.repo.getFileRecord('Logo.svg')!;
  assert.deepEqual([record.width, record.height, record.mime, record.mediaType], [120, 60, 'image/svg+xml', 'DRAWING']);
  assert.equal(wiki.getPage('File:Logo.svg')?.revision.text, 'Imported description');
  assert.equal(result.revision.comment, 'logo');
}));
