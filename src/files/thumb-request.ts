/**
 * Reading a thumbnail URL's path (below wgUploadPath) as MediaWiki's thumb handler does:
 * `thumb/a/ab/Name.png/200px-Name.png` for the current version, `thumb/archive/a/ab/
 * 20240101120000!Name.png/120px-Name.png` for an old one; an SVG's thumbnails end in
 * `.png` (`200px-Name.svg.png`).
 */
import { hashPath } from '../render/image-url.ts';
import { fileExtension } from './file-types.ts';

export interface ThumbRequest {
  /** The file's name (DB key). */
  name: string;
  /** For an old version: its archive name. */
  archiveName?: string;
  width: number;
  /** The thumbnail's own file name, e.g. 200px-Name.png. */
  thumbName: string;
}

/** Formats a thumbnail of this source is written in: the source's own, or PNG for drawings. */
export function thumbExtension(name: string): string {
  const ext = fileExtension(name);
  return ext === 'svg' ? 'png' : ext;
}

/** The thumbnail file name for a width, as image-url.ts builds it for pages. */
export function thumbFileName(name: string, width: number): string {
  return `${width}px-${name}${fileExtension(name) === 'svg' ? '.png' : ''}`;
}

/** The request a decoded path names, or null when it is no well-formed thumbnail path. */
export function parseThumbPath(path: string): ThumbRequest | null {
  const m = /^thumb\/(archive\/)?([0-9a-f])\/([0-9a-f]{2})\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) return null;
  const [, archive, , dir2, folder, thumbName] = m;
  const name = archive ? folder.slice(folder.indexOf('!') + 1) : folder;
  if (archive && !/^\d{14}!./.test(folder)) return null;
  if (`${m[2]}/${dir2}/` !== hashPath(name)) return null;
  const size = /^(\d{1,5})px-/.exec(thumbName);
  if (!size) return null;
  const width = Number(size[1]);
  if (width <= 0 || thumbName !== thumbFileName(name, width)) return null;
  return { name, archiveName: archive ? folder : undefined, width, thumbName };
}
