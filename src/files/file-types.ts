/**
 * What each uploadable file extension is: its MIME type and MediaWiki's media type. The
 * extensions a wiki accepts are a setting (wgFileExtensions); this table says what each one
 * means and is the only place types are listed.
 */
import type { MediaType } from '../storage/file-store.ts';

export interface FileType {
  mime: string;
  mediaType: MediaType;
  /** MIME types the content may be sniffed as and still match the extension. */
  accepts: string[];
}

const types: Record<string, FileType> = {
  png: { mime: 'image/png', mediaType: 'BITMAP', accepts: ['image/png'] },
  gif: { mime: 'image/gif', mediaType: 'BITMAP', accepts: ['image/gif'] },
  jpg: { mime: 'image/jpeg', mediaType: 'BITMAP', accepts: ['image/jpeg'] },
  jpeg: { mime: 'image/jpeg', mediaType: 'BITMAP', accepts: ['image/jpeg'] },
  webp: { mime: 'image/webp', mediaType: 'BITMAP', accepts: ['image/webp'] },
  svg: { mime: 'image/svg+xml', mediaType: 'DRAWING', accepts: ['image/svg+xml'] },
  ogg: { mime: 'application/ogg', mediaType: 'MULTIMEDIA', accepts: ['application/ogg'] },
  oga: { mime: 'audio/ogg', mediaType: 'AUDIO', accepts: ['application/ogg'] },
  ogv: { mime: 'video/ogg', mediaType: 'VIDEO', accepts: ['application/ogg'] },
  mp3: { mime: 'audio/mpeg', mediaType: 'AUDIO', accepts: ['audio/mpeg'] },
  pdf: { mime: 'application/pdf', mediaType: 'OFFICE', accepts: ['application/pdf'] },
};

/** The extension of a file name, lower case, without the dot ('' when none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function fileTypeOf(name: string): FileType | null {
  return types[fileExtension(name)] ?? null;
}

/** The Content-Type to serve a stored file or thumbnail with. */
export function contentTypeOf(name: string): string {
  return fileTypeOf(name)?.mime ?? 'application/octet-stream';
}
