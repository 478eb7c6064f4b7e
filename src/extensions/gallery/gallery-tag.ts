/**
 * The <gallery> tag (CoreTagHooks::gallery → Parser::renderImageGallery): attributes pick
 * the mode, sizes, images per row and caption; each content line names a file with its
 * options and caption. The images are recorded for infoboxes given the gallery.
 */
import type { TagHook } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { validateTagAttributes } from '../../sanitize/tag-attributes.ts';
import { readGalleryLine, type GalleryEntry } from './gallery-line.ts';
import { galleryMode, galleryModeNames, type GalleryModeName, type GallerySize } from './gallery-modes.ts';
import { registerGallery } from './gallery-registry.ts';
import { renderGallery } from './traditional-gallery.ts';

/** $wgGalleryOptions defaults. */
const defaults = { mode: 'traditional' as GalleryModeName, imagesPerRow: 0, imageWidth: 120, imageHeight: 120 };

/** Parser::parseWidthParam without heights: "120", "120px", "120 px". */
function sizeParam(value: string | undefined): number | null {
  if (value === undefined || !/^[0-9]*\s*(?:px)?\s*$/.test(value)) return null;
  const n = parseInt(value, 10);
  return n > 0 ? n : null;
}

/** PHP's (int) of a string: leading digits, else 0. */
function phpInt(value: string): number {
  const m = /^\s*[+-]?\d+/.exec(value);
  return m ? parseInt(m[0], 10) : 0;
}

export function renderImageGallery(ctx: ParseContext, content: string, params: Record<string, string>): string {
  const requested = (params.mode ?? '').toLowerCase();
  const mode = galleryMode(galleryModeNames.has(requested) ? (requested as GalleryModeName) : defaults.mode);
  const size: GallerySize = {
    widths: sizeParam(params.widths) ?? defaults.imageWidth,
    heights: sizeParam(params.heights) ?? defaults.imageHeight,
  };
  let perRow = defaults.imagesPerRow;
  if (params.perrow !== undefined && phpInt(params.perrow) >= 0) perRow = phpInt(params.perrow);
  const attributes = validateTagAttributes(new Map(Object.entries(params)), 'ul');
  if (mode.name === 'slideshow') attributes.set('data-showthumbnails', params.showthumbnails !== undefined ? '1' : '');
  const caption = params.caption !== undefined ? ctx.recursiveTagParse(params.caption) : null;

  const entries: GalleryEntry[] = [];
  for (const line of content.split('\n')) {
    const entry = readGalleryLine(ctx, line);
    if (entry) entries.push(entry);
  }
  const html = renderGallery(ctx, entries, { mode, size, perRow, caption, showFilename: params.showfilename !== undefined, attributes });
  registerGallery(
    ctx,
    html,
    entries.map((e) => ({ name: e.title.prefixedText, caption: e.label })),
  );
  return html;
}

export const galleryTag: TagHook = (content, attrs, ctx) => renderImageGallery(ctx, content ?? '', attrs);
