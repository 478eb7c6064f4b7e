/**
 * The layouts of MediaWiki's core gallery classes as data: TraditionalImageGallery and the
 * modes derived from it (nolines, packed, packed-hover, packed-overlay, slideshow). Each
 * mode differs only in paddings, thumbnail sizing and how the caption is wrapped.
 */
import { phpFloatToString } from '../portable-infobox/php-values.ts';

export type GalleryModeName = 'traditional' | 'nolines' | 'packed' | 'packed-hover' | 'packed-overlay' | 'slideshow';

export const galleryModeNames: ReadonlySet<string> = new Set(['traditional', 'nolines', 'packed', 'packed-hover', 'packed-overlay', 'slideshow']);

/** Packed galleries ask for 1.5 times the shown size, so that the script can scale them up. */
export const PACKED_SCALE = 1.5;

export interface GalleryMode {
  name: GalleryModeName;
  packed: boolean;
  /** Padding between the image and the box around it (thumbnail padding). */
  thumbPadding: number;
  /** Padding of the gallery box (<li class="gallerybox">). */
  gbPadding: number;
  /** Width the borders take up. */
  gbBorders: number;
  /** Whether the caption floats over the image (packed-hover, packed-overlay). */
  overlayCaption: boolean;
  /** Whether perrow is honoured. */
  perRow: boolean;
}

export function galleryMode(name: GalleryModeName): GalleryMode {
  const packed = name.startsWith('packed');
  return {
    name,
    packed,
    thumbPadding: packed || name === 'nolines' ? 0 : 30,
    gbPadding: packed ? 2 : 5,
    gbBorders: name === 'nolines' ? 0 : 8,
    overlayCaption: name === 'packed-hover' || name === 'packed-overlay',
    perRow: !packed && name !== 'slideshow',
  };
}

export interface GallerySize {
  widths: number;
  heights: number;
}

/** The size asked of the file (getThumbParams). */
export function thumbParams(mode: GalleryMode, size: GallerySize, isAudio: boolean): { width: number; height: number } {
  if (!mode.packed) return { width: size.widths, height: size.heights };
  const width = isAudio ? size.widths : size.heights * 10 + 100;
  return { width: width * PACKED_SCALE, height: size.heights * PACKED_SCALE };
}

/** Vertical margin of the image inside its box (getVPad). */
export function vPad(mode: GalleryMode, boxHeight: number, thumbHeight: number): number {
  if (mode.name === 'nolines') return 0;
  if (mode.packed) return (mode.thumbPadding + boxHeight - thumbHeight / PACKED_SCALE) / 2;
  return (mode.thumbPadding + boxHeight - thumbHeight) / 2;
}

/** Width of the div.thumb around an image (getThumbDivWidth). */
export function thumbDivWidth(mode: GalleryMode, size: GallerySize, thumbWidth: number): number {
  if (!mode.packed) return size.widths + mode.thumbPadding;
  const w = Math.max(thumbWidth, 60 * PACKED_SCALE);
  return w / PACKED_SCALE + mode.thumbPadding;
}

/** Width of the gallery box (getGBWidth); `thumbWidth` is null when no thumbnail was made. */
export function gbWidth(mode: GalleryMode, size: GallerySize, thumbWidth: number | null): number {
  if (!mode.packed) return size.widths + mode.thumbPadding + mode.gbPadding;
  return thumbDivWidth(mode, size, thumbWidth ?? size.widths * PACKED_SCALE) + mode.gbPadding;
}

/** All padding around an image, for perrow's max-width. */
export function allPadding(mode: GalleryMode): number {
  return mode.thumbPadding + mode.gbPadding + mode.gbBorders;
}

/** A number as PHP prints a float in a string (precision 14). */
export const px = (n: number): string => phpFloatToString(n);
