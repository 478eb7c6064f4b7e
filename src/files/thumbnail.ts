/**
 * Thumbnails made on demand (MediaWiki's thumb.php with the bitmap and SVG handlers), by
 * libvips through sharp, and kept on disk beside the URL they answer. Bitmaps are only made
 * smaller (a request at or above the source width is answered with the original); SVG is
 * rasterised to PNG at the asked width, up to wgSVGMaxSize. The height follows the aspect
 * ratio exactly as the page's <img height> does.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { scaleHeight } from '../render/image-transform.ts';
import type { FileRecord } from '../storage/file-store.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { FilePaths } from './file-paths.ts';
import type { ThumbRequest } from './thumb-request.ts';

export type ThumbResult =
  | { kind: 'file'; path: string }
  | { kind: 'original'; path: string }
  | { kind: 'error'; status: 400 | 404 | 500; message: string };

const inFlight = new Map<string, Promise<void>>();

export async function thumbnail(wiki: Wiki, req: ThumbRequest): Promise<ThumbResult> {
  const paths = new FilePaths(wiki.dataDir);
  const record = req.archiveName
    ? wiki.repo.listOldFiles(req.name).find((f) => f.archiveName === req.archiveName) ?? null
    : wiki.repo.getFileRecord(req.name);
  if (!record) return { kind: 'error', status: 404, message: 'No such file.' };
  const source = req.archiveName ? paths.archived(req.name, req.archiveName) : paths.original(req.name);
  if (!record.mime.startsWith('image/') || record.width <= 0) return { kind: 'error', status: 400, message: 'This file cannot be scaled.' };
  const drawing = record.mime === 'image/svg+xml';
  if (!drawing && req.width >= record.width) return { kind: 'original', path: source };
  if (drawing && req.width > wiki.config.wgSVGMaxSize) {
    return { kind: 'error', status: 400, message: `Thumbnails of drawings are at most ${wiki.config.wgSVGMaxSize} pixels wide.` };
  }
  const folder = req.archiveName ? paths.archivedThumbFolder(req.name, req.archiveName) : paths.thumbFolder(req.name);
  const target = join(folder, req.thumbName);
  if (existsSync(target)) return { kind: 'file', path: target };
  if (!existsSync(source)) return { kind: 'error', status: 404, message: 'The file is missing from the upload directory.' };
  let job = inFlight.get(target);
  if (!job) {
    job = render(source, target, record, req.width).finally(() => inFlight.delete(target));
    inFlight.set(target, job);
  }
  try {
    await job;
  } catch (e) {
    return { kind: 'error', status: 500, message: `The thumbnail could not be made: ${(e as Error).message}` };
  }
  return { kind: 'file', path: target };
}

async function render(source: string, target: string, record: FileRecord, width: number): Promise<void> {
  const height = Math.max(1, scaleHeight(record.width, record.height, width));
  let image: Sharp;
  if (record.mime === 'image/svg+xml') {
    const density = Math.min(100_000, Math.max(1, (72 * width) / record.width));
    image = sharp(source, { density }).resize(width, height, { fit: 'fill' }).png();
  } else {
    const animated = record.mime === 'image/gif' || record.mime === 'image/webp';
    image = sharp(source, { animated }).resize(width, height, { fit: 'fill' });
    if (record.mime === 'image/jpeg') image = image.jpeg({ quality: 80, mozjpeg: true });
    else if (record.mime === 'image/png') image = image.png();
    else if (record.mime === 'image/gif') image = image.gif();
    else if (record.mime === 'image/webp') image = image.webp({ quality: 80 });
  }
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await image.toFile(temp);
  renameSync(temp, target);
}
