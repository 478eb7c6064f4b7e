/**
 * The contract for uploaded files' records (image, oldimage). Run by repositoryContract for
 * each implementation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileRecord } from './file-store.ts';
import type { WikiRepository } from './repository.ts';

export function fileRecord(overrides: Partial<FileRecord> = {}): FileRecord {
  return {
    name: 'Pic.png', size: 1234, width: 40, height: 30, bits: 8, mime: 'image/png', mediaType: 'BITMAP',
    sha1: 'abc123', timestamp: '2024-01-01T00:00:00Z', userName: 'Uploader', comment: 'first', descriptionRevId: null,
    ...overrides,
  };
}

export function repositoryFilesContract(name: string, withRepo: (fn: (repo: WikiRepository) => void) => () => void): void {
  test(`${name}: an upload is found by name, with its description revision`, withRepo((repo) => {
    assert.equal(repo.getFileRecord('Pic.png'), null);
    assert.equal(repo.recordUpload(fileRecord(), '20240101000000!Pic.png'), null);
    repo.setFileDescriptionRev('Pic.png', 17);
    assert.deepEqual(repo.getFileRecord('Pic.png'), fileRecord({ descriptionRevId: 17 }));
    assert.equal(repo.getFileRecord('pic.png'), null);
    repo.recordUpload(fileRecord({ name: 'Song.ogg', mime: 'audio/ogg', mediaType: 'AUDIO', width: 0, height: 0, bits: 0 }), 'x');
    assert.deepEqual([...repo.getFileRecords(['Song.ogg', 'Missing.png', 'Pic.png', 'Song.ogg']).keys()].sort(), ['Pic.png', 'Song.ogg']);
    assert.equal(repo.getFileRecord('Song.ogg')?.mime, 'audio/ogg');
    assert.equal(repo.countFiles(), 2);
  }));

  test(`${name}: a re-upload keeps the replaced version in oldimage, newest first`, withRepo((repo) => {
    repo.recordUpload(fileRecord(), 'unused');
    const second = fileRecord({ sha1: 'def456', width: 80, height: 60, timestamp: '2024-02-01T00:00:00Z', comment: 'second', userName: 'Other' });
    const old = repo.recordUpload(second, '20240201000000!Pic.png');
    assert.deepEqual(old, { ...fileRecord(), archiveName: '20240201000000!Pic.png' });
    repo.recordUpload(fileRecord({ sha1: 'ghi789', timestamp: '2024-03-01T00:00:00Z' }), '20240301000000!Pic.png');
    assert.equal(repo.getFileRecord('Pic.png')?.sha1, 'ghi789');
    assert.deepEqual(repo.listOldFiles('Pic.png').map((f) => [f.sha1, f.archiveName, f.comment]), [
      ['def456', '20240301000000!Pic.png', 'second'],
      ['abc123', '20240201000000!Pic.png', 'first'],
    ]);
    assert.deepEqual(repo.listOldFiles('Other.png'), []);
    assert.equal(repo.countFiles(), 1);
  }));

  test(`${name}: files are listed newest first and found by content hash`, withRepo((repo) => {
    repo.recordUpload(fileRecord({ name: 'A.png', timestamp: '2024-01-01T00:00:00Z', sha1: 'same' }), 'x');
    repo.recordUpload(fileRecord({ name: 'B.png', timestamp: '2024-01-03T00:00:00Z', sha1: 'other' }), 'x');
    repo.recordUpload(fileRecord({ name: 'C.png', timestamp: '2024-01-02T00:00:00Z', sha1: 'same' }), 'x');
    assert.deepEqual(repo.listFiles({ limit: 10 }).map((f) => f.name), ['B.png', 'C.png', 'A.png']);
    assert.deepEqual(repo.listFiles({ limit: 1, before: '2024-01-03T00:00:00Z' }).map((f) => f.name), ['C.png']);
    assert.deepEqual(repo.findFilesBySha1('same').map((f) => f.name), ['A.png', 'C.png']);
  }));

  test(`${name}: a failed transaction leaves no half-recorded upload`, withRepo((repo) => {
    repo.recordUpload(fileRecord(), 'x');
    assert.throws(() => repo.transaction(() => {
      repo.recordUpload(fileRecord({ sha1: 'new', timestamp: '2024-05-01T00:00:00Z' }), '20240501000000!Pic.png');
      throw new Error('disk full');
    }), /disk full/);
    assert.equal(repo.getFileRecord('Pic.png')?.sha1, 'abc123');
    assert.deepEqual(repo.listOldFiles('Pic.png'), []);
  }));
}
