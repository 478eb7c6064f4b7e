/**
 * What is recorded about a file's content: dimensions and bit depth of images (read by
 * libvips through sharp; SVG at its declared size), nothing for sound and documents.
 */
import sharp from 'sharp';
import type { FileType } from './file-types.ts';

export interface FileMetadata {
  width: number;
  height: number;
  bits: number;
}

const bitsOfDepth: Record<string, number> = { uchar: 8, char: 8, ushort: 16, short: 16, uint: 32, int: 32, float: 32, double: 64 };

/** Reads the image's size; throws when the content is not a readable image of its type. */
export async function readFileMetadata(bytes: Buffer, type: FileType): Promise<FileMetadata> {
  if (type.mediaType !== 'BITMAP' && type.mediaType !== 'DRAWING') return { width: 0, height: 0, bits: 0 };
  const meta = await sharp(bytes, { animated: type.mime === 'image/gif' || type.mime === 'image/webp' }).metadata();
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new Error('the image has no size');
  return { width, height, bits: type.mediaType === 'DRAWING' ? 0 : bitsOfDepth[meta.depth ?? 'uchar'] ?? 8 };
}
