/**
 * URLs of uploaded files and their thumbnails, laid out as MediaWiki's local file repository
 * lays them out: `<upload path>/a/ab/Name.png` (a hashed directory from the MD5 of the name)
 * and `<upload path>/thumb/a/ab/Name.png/200px-Name.png`.
 */
import { createHash } from 'node:crypto';
import type { FileInfo } from '../core/data-access.ts';
import type { SiteConfig } from '../core/site-config.ts';

/** The 'a/ab/' directory of a file name (DB key). */
export function hashPath(dbKey: string): string {
  const md5 = createHash('md5').update(dbKey).digest('hex');
  return `${md5[0]}/${md5.slice(0, 2)}/`;
}

/** rawurlencode, keeping the characters MediaWiki keeps in file URLs. */
function encodeFileName(name: string): string {
  return encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** URL of the original file. */
export function fileUrl(config: SiteConfig, dbKey: string): string {
  return `${config.wgUploadPath}/${hashPath(dbKey)}${encodeFileName(dbKey)}`;
}

/** Whether a thumbnail must be rendered even at full size (vector and other non-bitmap files). */
export function mustRender(info: FileInfo): boolean {
  return info.mime === 'image/svg+xml' || info.mime === 'application/pdf' || info.mime === 'image/tiff';
}

/** Name of a thumbnail file: '200px-Name.png', with '.png' added for formats browsers can't show. */
export function thumbName(info: FileInfo, width: number): string {
  const key = info.title.dbKey;
  const suffix = info.mime === 'image/svg+xml' || info.mime === 'image/tiff' ? '.png' : info.mime === 'application/pdf' ? '.jpg' : '';
  return `${width}px-${key}${suffix}`;
}

/** URL of the file scaled to `width` pixels (the original when no scaling is needed). */
export function thumbUrl(config: SiteConfig, info: FileInfo, width: number): string {
  const key = info.title.dbKey;
  if (width >= info.width && !mustRender(info)) return info.url || fileUrl(config, key);
  const dir = `${config.wgUploadPath}/thumb/${hashPath(key)}${encodeFileName(key)}`;
  return `${dir}/${encodeFileName(thumbName(info, width))}`;
}
