import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withTestWiki } from '../wiki/test-wiki.ts';
import { detectCompression, DumpInputError, openDumpInput } from './dump-input.ts';
import { importDump } from './import-dump.ts';
import { putinpDump } from './test-dumps.ts';

let tmp: string;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

before(() => { tmp = mkdtempSync(join(tmpdir(), 'kagami-input-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

async function readAll(path: string): Promise<string> {
  const input = openDumpInput(path);
  input.stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of input.stream) text += chunk;
  return text;
}

test('plain and gzip dumps are told apart by their first bytes and read whole', async () => {
  const xml = readFileSync(putinpDump, 'utf8');
  const gz = join(tmp, 'dump.xml.bin');
  writeFileSync(gz, gzipSync(xml));
  assert.equal(detectCompression(putinpDump), 'none');
  assert.equal(detectCompression(gz), 'gzip');
  assert.equal(await readAll(gz), xml);
  const input = openDumpInput(gz);
  for await (const _ of input.stream) { /* drain */ }
  assert.equal(input.bytesRead(), input.size);
});

test('a bzip2 dump is read through the bzip2 binary and imports like the plain one', { skip: !has('bzip2') && 'bzip2 not installed' }, withTestWiki(async (wiki) => {
  const file = join(tmp, 'putinp.xml');
  copyFileSync(putinpDump, file);
  assert.equal(spawnSync('bzip2', ['-kf', file]).status, 0);
  assert.equal(detectCompression(`${file}.bz2`), 'bzip2');
  assert.equal(await readAll(`${file}.bz2`), readFileSync(putinpDump, 'utf8'));
  const stats = await importDump(wiki, `${file}.bz2`);
  assert.equal(stats.pages, 9);
  assert.equal(wiki.getPage('Kagamine Len')?.revision.sha1, 'oopkspv72is9csa7sko9lg5l90jqdwe');
}));

test('a corrupt bzip2 file is an error from the decompressor, not a hang', { skip: !has('bzip2') && 'bzip2 not installed' }, async () => {
  const file = join(tmp, 'bad.xml.bz2');
  writeFileSync(file, Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 7)]));
  await assert.rejects(readAll(file), (err: Error) => err instanceof DumpInputError && /^bzip2 failed \(exit \d+\): /.test(err.message));
});

test('a 7z archive needs p7zip: imported when 7z is installed, a clear message when not', withTestWiki(async (wiki) => {
  const file = join(tmp, 'dump.7z');
  if (has('7z') || has('7za')) {
    const bin = has('7z') ? '7z' : '7za';
    assert.equal(spawnSync(bin, ['a', '-bd', file, putinpDump]).status, 0);
    assert.equal((await importDump(wiki, file)).pages, 9);
  } else {
    writeFileSync(file, Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]));
    assert.throws(() => openDumpInput(file), /is a 7z archive: install p7zip \(apt-get install p7zip-full\)/);
  }
}));
