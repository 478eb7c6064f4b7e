/**
 * Where uploaded files live on disk, as MediaWiki's local file repository lays them out under
 * its upload directory, so `wgUploadPath` URLs map straight onto files:
 *
 *   images/a/ab/Name.png                          the current version
 *   images/archive/a/ab/20240101120000!Name.png   replaced versions
 *   images/thumb/a/ab/Name.png/200px-Name.png     thumbnails (thumb/archive/... for old versions)
 *   images/temp/                                  uploads being written
 */
import { join } from 'node:path';
import { hashPath } from '../render/image-url.ts';

export class FilePaths {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'images');
  }

  /** The current version of a file (name: DB key). */
  original(name: string): string {
    return join(this.root, hashPath(name), name);
  }

  /** A replaced version, by its archive name ("20240101120000!Name.png"). */
  archived(name: string, archiveName: string): string {
    return join(this.root, 'archive', hashPath(name), archiveName);
  }

  /** The folder of a file's thumbnails. */
  thumbFolder(name: string): string {
    return join(this.root, 'thumb', hashPath(name), name);
  }

  /** The folder of an old version's thumbnails. */
  archivedThumbFolder(name: string, archiveName: string): string {
    return join(this.root, 'thumb', 'archive', hashPath(name), archiveName);
  }

  temp(): string {
    return join(this.root, 'temp');
  }
}

/** The archive name of a version replaced at `timestamp` (ISO): "YYYYMMDDHHMMSS!Name". */
export function archiveName(timestamp: string, name: string): string {
  return `${timestamp.replace(/\D/g, '').slice(0, 14)}!${name}`;
}
