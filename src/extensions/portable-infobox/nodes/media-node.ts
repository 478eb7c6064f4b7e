/**
 * <image>, <media>, <video> and <audio>: a file named by an argument (or a <gallery> of
 * them), shown only when the file exists and its media type is allowed here. An item whose
 * files are all missing is empty and left out.
 */
import { childNamed, textOf } from '../xml-markup.ts';
import { InfoboxNode, type RenderItem } from './node.ts';

type MediaKind = 'image' | 'video' | 'audio';

export interface MediaItem {
  url: string;
  name: string;
  alt: string | null;
  caption: string | null;
  isImage: boolean;
  isVideo: boolean;
  isAudio: boolean;
  source: string | null;
  'item-name': string | null;
  thumbnail?: string;
  thumbnail2x?: string;
  width?: number;
  height?: number;
  ref?: number;
  isFirst?: boolean;
}

const THUMB_WIDTH = 350;
const IMG_TAG_WIDTH = 270;
const MAX_HEIGHT = 500;

export class MediaNode extends InfoboxNode {
  /** Media types this tag accepts: <image> no audio, <audio> only audio, <media> all. */
  protected allowed(kind: MediaKind): boolean {
    const tag = this.el.name.toLowerCase();
    if (tag === 'image' && kind === 'audio') return false;
    if (tag === 'audio' && kind !== 'audio') return false;
    const attr = this.attr(kind);
    return !(attr !== null && attr.toLowerCase() === 'false');
  }

  override get type(): string {
    return 'media';
  }

  private mediaCache: MediaItem[] | undefined;

  items(): MediaItem[] {
    this.mediaCache ??= this.computeItems();
    return this.mediaCache;
  }

  override getRenderData(): RenderItem {
    return { type: 'media', data: { value: this.items() } };
  }

  override isEmpty(): boolean {
    return !this.items().some((item) => item.url !== '');
  }

  protected override computeData(): Record<string, unknown> {
    return { value: this.items() };
  }

  private computeItems(): MediaItem[] {
    const raw = this.rawValueWithDefault();
    const gallery = this.nc.parser.galleryImages(raw);
    if (gallery.length > 0) {
      const items = gallery
        .map((g) => this.mediaItem(g.name, g.caption, g.caption))
        .filter((item): item is MediaItem => item !== null);
      if (items.length > 1) {
        items.forEach((item, i) => {
          item.ref = i + 1;
          if (!item.caption) item.caption = item.name;
        });
        items[0].isFirst = true;
      }
      return items;
    }
    const alt = this.valueWithDefault(childNamed(this.el, 'alt'));
    const caption = this.valueWithDefault(childNamed(this.el, 'caption'));
    const item = this.mediaItem(raw, alt, caption);
    return item ? [item] : [];
  }

  private rawValueWithDefault(): string {
    const source = this.attr('source');
    let value = source !== null ? (this.nc.args.get(source) ?? '') : '';
    const def = childNamed(this.el, 'default');
    if (!value && def) value = this.nc.parser.replaceVariables(textOf(def));
    return value;
  }

  private mediaItem(fileName: string, alt: string | null, caption: string | null): MediaItem | null {
    const found = this.nc.parser.findFile(sanitizeFileName(fileName));
    if (!found) return null;
    const kind = mediaKind(found.info.mime);
    if (!kind || !this.allowed(kind)) return null;
    const name = found.info.title.text;
    const item: MediaItem = {
      url: found.info.url,
      name,
      alt: alt ?? name,
      caption: caption || null,
      isImage: kind === 'image',
      isVideo: kind === 'video',
      isAudio: kind === 'audio',
      source: this.primarySource(),
      'item-name': this.itemName(),
    };
    if (kind === 'image') {
      const file = fitBox(THUMB_WIDTH, MAX_HEIGHT, found.info.width, found.info.height);
      const tag = fitBox(IMG_TAG_WIDTH, MAX_HEIGHT, found.info.width, found.info.height);
      item.width = tag.width;
      item.height = tag.height;
      item.thumbnail = found.thumbUrl(file.width);
      item.thumbnail2x = found.thumbUrl(file.width * 2);
    }
    return item;
  }
}

function mediaKind(mime: string): MediaKind | null {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/') || mime === 'application/ogg') return 'audio';
  return null;
}

/** Thumbnail size within a width and a maximum height, keeping the aspect ratio. */
export function fitBox(maxWidth: number, maxHeight: number, width: number, height: number): { width: number; height: number } {
  if (width === 0 || height === 0) return { width: Math.min(maxWidth, width), height: Math.min(maxHeight, height) };
  if (height / width > maxHeight / maxWidth) {
    const h = Math.min(maxHeight, height);
    return { width: Math.round(Math.min(maxWidth, (h * width) / height)), height: Math.round(h) };
  }
  const w = Math.min(maxWidth, width);
  return { width: Math.round(w), height: Math.round(Math.min(maxHeight, (w * height) / width)) };
}

/** A file name from a value that may be a [[File:...|...]] link or carry a File: prefix. */
export function sanitizeFileName(value: string): string {
  const plain = value.replace(/<[^>]*>/g, '').trim();
  for (const line of plain.split('\n')) {
    const unprefixed = line.replace(/^\[+|\]+$/g, '').replace(/^(?:file|image)[ _]*:/i, '');
    const first = unprefixed.split('|')[0];
    if (first) {
      try {
        return decodeURIComponent(first);
      } catch {
        return first;
      }
    }
  }
  return plain;
}
