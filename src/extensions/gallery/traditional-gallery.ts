/**
 * The HTML of a gallery as MediaWiki 1.39's TraditionalImageGallery::toHTML prints it with
 * the legacy media DOM or the newer one ($wgParserEnableLegacyMediaDOM), for every core mode (see gallery-modes.ts): a <ul class="gallery">
 * of <li class="gallerybox"> with the thumbnail and a caption under it (or over it).
 */
import type { FileInfo } from '../../core/data-access.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { thumbnailHtml } from '../../render/image.ts';
import { brokenMedia } from '../../render/image-figure.ts';
import { addResponsiveUrls, transform, type Thumbnail } from '../../render/image-transform.ts';
import { makeKnownLink } from '../../render/linker.ts';
import { encodeAttribute } from '../../sanitize/tag-attributes.ts';
import type { GalleryEntry } from './gallery-line.ts';
import { allPadding, gbWidth, PACKED_SCALE, px, thumbDivWidth, thumbParams, vPad, type GalleryMode, type GallerySize } from './gallery-modes.ts';

export interface GalleryOptions {
  mode: GalleryMode;
  size: GallerySize;
  perRow: number;
  /** Caption HTML, or null. */
  caption: string | null;
  showFilename: boolean;
  /** Validated attributes of the <ul>, in order. */
  attributes: Map<string, string>;
}

export function renderGallery(ctx: ParseContext, entries: GalleryEntry[], o: GalleryOptions): string {
  const attrs = new Map(o.attributes);
  if (o.perRow > 0 && o.mode.perRow) {
    const maxWidth = o.perRow * (o.size.widths + allPadding(o.mode));
    attrs.set('style', `max-width: ${px(maxWidth)}px;${attrs.get('style') ?? ''}`);
  }
  let out = `<ul${expandAttributes(mergeClass(`gallery mw-gallery-${o.mode.name}`, attrs))}>`;
  if (o.caption) out += `\n\t<li class='gallerycaption'>${o.caption}</li>`;
  for (const entry of entries) out += galleryBox(ctx, entry, o);
  return `${out}\n</ul>`;
}

/** Sanitizer::mergeAttributes with the gallery's own class first. */
function mergeClass(own: string, attrs: Map<string, string>): Map<string, string> {
  const merged = new Map<string, string>([['class', own]]);
  for (const [name, value] of attrs) {
    if (name === 'class' && value !== own) merged.set('class', [...new Set(`${own} ${value}`.split(/\s+/).filter(Boolean))].join(' '));
    else merged.set(name, value);
  }
  return merged;
}

function expandAttributes(attrs: Map<string, string>): string {
  let s = '';
  for (const [name, value] of attrs) s += ` ${name}="${encodeAttribute(value)}"`;
  return s;
}

function galleryBox(ctx: ParseContext, entry: GalleryEntry, o: GalleryOptions): string {
  const { mode, size } = o;
  const title = entry.title;
  const file = title.ns === 6 && !title.interwiki ? ctx.env.data.getFile(title) : null;
  if (title.ns === 6) ctx.output.images.add(title.dbKey);
  const boxHeight = mode.thumbPadding + size.heights;
  let thumb: Thumbnail | null = null;
  let thumbHtml: string;
  const figure = !ctx.config.wgParserEnableLegacyMediaDOM;
  if (!file && figure) {
    const broken = brokenMedia(ctx, title, '', thumbParams(mode, size, false), false);
    thumbHtml = `\n\t\t\t<div class="thumb" style="height: ${px(boxHeight)}px;"><span typeof="mw:Error mw:File">${broken}</span></div>`;
    ctx.addTrackingCategory('broken-file-category');
  } else if (!file) {
    thumbHtml = `\n\t\t\t<div class="thumb" style="height: ${px(boxHeight)}px;">${escapeHtml(title.text)}</div>`;
    ctx.addTrackingCategory('broken-file-category');
  } else {
    const hp = thumbParams(mode, size, isAudio(file));
    thumb = transform(ctx.config, file, hp);
    if (!thumb) {
      thumbHtml = `\n\t\t\t<div class="thumb" style="height: ${px(boxHeight)}px;"></div>`;
    } else {
      addResponsiveUrls(ctx.config, file, thumb, hp);
      const shown = mode.packed
        ? { ...thumb, width: Math.ceil(thumb.width / PACKED_SCALE), height: Math.ceil(thumb.height / PACKED_SCALE) }
        : thumb;
      const alt = (entry.alt ?? '') === '' && entry.label === '' ? title.text : (entry.alt ?? '');
      const fp = { align: '', caption: '', class: '', ...linkParams(entry) };
      const img = thumbnailHtml(ctx, title, shown, fp, { alt, title: entry.tooltip, imgClass: '', figure });
      const margin = vPad(mode, size.heights, thumb.height);
      let style = `width: ${px(thumbDivWidth(mode, size, thumb.width))}px;`;
      let inner = `<div style="margin:${px(margin)}px auto;">${img}</div>`;
      if (figure) {
        if (margin > 0) style += ` height: ${px(boxHeight)}px;`;
        inner = `<span typeof="mw:File">${img}</span>`;
      }
      thumbHtml = `\n\t\t\t<div class="thumb" style="${style}">${inner}</div>`;
    }
  }
  const textLink = o.showFilename
    ? `${makeKnownLink(ctx.env, title, escapeHtml(title.text), { attrs: { class: 'galleryfilename galleryfilename-truncate' } })}\n`
    : '';
  const galleryText = wrapGalleryText(mode, size, textLink + entry.label, thumb);
  const width = `${px(gbWidth(mode, size, thumb ? thumb.width : null))}px`;
  if (figure) return `\n\t\t<li class="gallerybox" style="width: ${width}">` + thumbHtml + galleryText + '\n\t\t</li>';
  return (
    `\n\t\t<li class="gallerybox" style="width: ${width}"><div style="width: ${width}">` + thumbHtml + galleryText + '\n\t\t</div></li>'
  );
}

function linkParams(entry: GalleryEntry): { 'link-url'?: string; 'link-title'?: string; 'no-link'?: true } {
  const link = entry.link;
  if (!link) return {};
  if (link.type === 'no-link') return { 'no-link': true };
  return { [link.type]: link.target };
}

function isAudio(file: FileInfo): boolean {
  return file.mime.startsWith('audio/');
}

/** The caption under the image, or over it for packed-hover and packed-overlay (only when there is one). */
function wrapGalleryText(mode: GalleryMode, size: GallerySize, text: string, thumb: Thumbnail | null): string {
  if (!mode.overlayCaption) return `\n\t\t\t<div class="gallerytext">\n${text}\n\t\t\t</div>`;
  if (text.trim() === '') return '';
  const thumbWidth = gbWidth(mode, size, thumb ? thumb.width : null) - mode.thumbPadding - mode.gbPadding;
  const captionWidth = Math.ceil(thumbWidth - 20);
  return `\n\t\t\t<div class="gallerytextwrapper" style="width: ${px(captionWidth)}px"><div class="gallerytext">\n${text}\n\t\t\t</div></div>`;
}
