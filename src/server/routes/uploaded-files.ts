/**
 * Uploaded files under wgUploadPath, as a web server in front of MediaWiki serves its upload
 * directory: originals (`a/ab/Name.png`), old versions (`archive/...`) and thumbnails
 * (`thumb/...`, made on first request). Content types come from the extension, never from
 * sniffing; SVG is served with a policy that lets no script run. Current files and
 * thumbnails are cached for an hour and revalidated by ETag (a re-upload keeps the URL); old
 * versions never change. Byte ranges are answered for audio and video seeking.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { Readable } from 'node:stream';
import { hashPath } from '../../render/image-url.ts';
import { FilePaths } from '../../files/file-paths.ts';
import { contentTypeOf } from '../../files/file-types.ts';
import { parseThumbPath } from '../../files/thumb-request.ts';
import { thumbnail } from '../../files/thumbnail.ts';
import type { RequestContext } from '../request-context.ts';

const hourly = 'public, max-age=3600';
const forever = 'public, max-age=31536000, immutable';

/** Answers a GET of `path` (below the upload path, percent-encoded as in the URL). */
export async function uploadedFile(rc: RequestContext, encodedPath: string): Promise<Response> {
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return notFound();
  }
  if (path.split('/').some((s) => s === '' || s === '.' || s === '..') || /[\\\x00]/.test(path)) return notFound();
  const paths = new FilePaths(rc.wiki.dataDir);
  if (path.startsWith('thumb/')) {
    const req = parseThumbPath(path);
    if (!req) return notFound();
    const result = await thumbnail(rc.wiki, req);
    if (result.kind === 'error') return new Response(result.message, { status: result.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const cache = req.archiveName ? forever : hourly;
    return serveFile(rc, result.path, result.kind === 'file' ? req.thumbName : req.name, cache);
  }
  const archived = /^archive\/([0-9a-f]\/[0-9a-f]{2}\/)(\d{14}!(.+))$/.exec(path);
  if (archived) {
    const [, dir, archiveName, name] = archived;
    if (dir !== hashPath(name) || !rc.wiki.repo.listOldFiles(name).some((f) => f.archiveName === archiveName)) return notFound();
    return serveFile(rc, paths.archived(name, archiveName), name, forever);
  }
  const current = /^([0-9a-f]\/[0-9a-f]{2}\/)([^/]+)$/.exec(path);
  if (!current || current[1] !== hashPath(current[2]) || !rc.wiki.repo.getFileRecord(current[2])) return notFound();
  return serveFile(rc, paths.original(current[2]), current[2], hourly);
}

function notFound(): Response {
  return new Response('No such file.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function serveFile(rc: RequestContext, file: string, name: string, cacheControl: string): Response {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return notFound();
  }
  const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  const type = contentTypeOf(name);
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': cacheControl,
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  };
  if (type === 'image/svg+xml') headers['Content-Security-Policy'] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";
  const ifNoneMatch = rc.c.req.header('If-None-Match');
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const range = parseRange(rc.c.req.header('Range'), stats.size);
  if (range === 'invalid') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${stats.size}` } });
  }
  const [start, end] = range ?? [0, stats.size - 1];
  headers['Content-Length'] = String(stats.size === 0 ? 0 : end - start + 1);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${stats.size}`;
  const body = stats.size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream);
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** One "bytes=a-b" range (or "a-", "-n"); null for none or several, 'invalid' when unsatisfiable. */
function parseRange(header: string | undefined, size: number): [number, number] | null | 'invalid' {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : [start, end];
}
