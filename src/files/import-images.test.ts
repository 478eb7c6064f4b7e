import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKagami } from '../cli/run-kagami.ts';
import { openWiki } from '../wiki/wiki.ts';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { importImages } from './import-images.ts';
import { jpegImage, pngImage, svgImage } from './test-images.ts';

async function imageFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-images-'));
  writeFileSync(join(dir, 'Ship_Icon.png'), await pngImage(64, 64));
  writeFileSync(join(dir, 'Banner art.jpg'), await jpegImage(300, 100));
  writeFileSync(join(dir, 'notes.txt'), 'not a file type the wiki takes');
  writeFileSync(join(dir, 'Broken.png'), 'truncated download');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'Deep.svg'), svgImage(20, 20));
  return dir;
}

test('import-images uploads a folder, skips what it cannot take and what is there, keeps imported description pages', withTestWiki(async (wiki) => {
  const dir = await imageFolder();
  try {
    wiki.save({ title: 'File:Ship Icon.png', text: 'From the XML dump' });
    wiki.save({ title: 'Fleet', text: '[[File:Ship Icon.png|32px]]' });
    const first = await importImages(wiki, { dir });
    assert.deepEqual([first.uploaded, first.replaced, first.skipped], [2, 0, 1]);
    assert.deepEqual(first.failed.map((f) => f.file), ['Broken.png']);
    assert.equal(wiki.getPage('File:Ship Icon.png')?.revision.text, 'From the XML dump');
    assert.equal(wiki.getPage('File:Banner art.jpg')?.revision.text, 'Importing file');
    assert.equal(wiki.repo.getFileRecord('Deep.svg'), null);

    const again = await importImages(wiki, { dir, recursive: true });
    assert.deepEqual([again.uploaded, again.skipped, again.failed.length], [1, 3, 1]);
    assert.equal(wiki.repo.getFileRecord('Deep.svg')?.width, 20);

    writeFileSync(join(dir, 'Ship_Icon.png'), await pngImage(128, 128, '#000000'));
    const overwritten = await importImages(wiki, { dir, overwrite: true });
    assert.deepEqual([overwritten.replaced, overwritten.uploaded], [1, 0]);
    assert.equal(wiki.repo.getFileRecord('Ship_Icon.png')?.width, 128);
    wiki.runJobs();
    assert.match(wiki.render(wiki.getPage('Fleet')!).html, /<img alt="Ship Icon\.png" src="\/images\/thumb\/[0-9a-f/]+Ship_Icon\.png\/32px-Ship_Icon\.png"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}));

test('kagami import-images reports per file and exits 1 when a file failed', async () => {
  const dir = await imageFolder();
  const data = mkdtempSync(join(tmpdir(), 'kagami-data-'));
  try {
    const result = await runKagami(['import-images', dir, '--data', data, '--recursive']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Broken\.png: The file's content is not a recognised image\/png file/);
    assert.match(result.stdout, /Ship_Icon\.png: uploaded as File:Ship_Icon\.png/);
    assert.match(result.stdout, /^3 uploaded, 0 replaced, 1 skipped, 1 failed/m);
    const wiki = openWiki({ dataDir: data });
    try {
      assert.equal(wiki.repo.countFiles(), 3);
    } finally {
      wiki.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
});
