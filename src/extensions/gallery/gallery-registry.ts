/**
 * The images each <gallery> of a parse showed, so that an infobox given a gallery as an
 * argument value can list them as a tabbed media collection. Galleries are found by their
 * strip markers in the value and recognised by their HTML.
 */
import type { ParseContext } from '../../parse/parse-context.ts';

export interface GalleryImageRef {
  name: string;
  caption: string;
}

const STATE_KEY = 'gallery.images';

function registry(ctx: ParseContext): Map<string, GalleryImageRef[]> {
  return ctx.getState(STATE_KEY, () => new Map<string, GalleryImageRef[]>());
}

/** Records the images of a gallery whose output HTML is `html`. */
export function registerGallery(ctx: ParseContext, html: string, images: GalleryImageRef[]): void {
  registry(ctx).set(html, images);
}

const galleryMarker = /\x7f'"`UNIQ--gallery-[0-9A-F]{8}-QINU`"'\x7f/gi;

/** The images of the galleries whose strip markers appear in `value`, in order. */
export function galleryImagesIn(ctx: ParseContext, unstrip: (text: string) => string, value: string): GalleryImageRef[] {
  const found: GalleryImageRef[] = [];
  for (const marker of value.match(galleryMarker) ?? []) {
    found.push(...(registry(ctx).get(unstrip(marker)) ?? []));
  }
  return found;
}
