/**
 * The displayed size of a file link, shared by both media markups (Linker::makeImageLink and
 * makeThumbLink2): the default width when none is given, the frameless cap, and the image a
 * thumbnail or frame shows (scaled, unscaled for frames, or a manual thumbnail).
 */
import type { FileInfo } from '../core/data-access.ts';
import { NS_FILE } from '../core/namespace.ts';
import type { SiteConfig } from '../core/site-config.ts';
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import type { FrameParams, HandlerParams } from './image-options.ts';
import { phpRound, transform, unscaled, type Thumbnail } from './image-transform.ts';

/** Sets hp.width when the link gives none: the file's width, or the thumbnail size for framed formats. */
export function applyDefaultWidth(config: SiteConfig, file: FileInfo | null, fp: FrameParams, hp: HandlerParams): void {
  if (!file || hp.width !== undefined) return;
  hp.width = file.width;
  if (fp.thumbnail || fp.manualthumb !== undefined || fp.framed || fp.frameless || !hp.width) {
    if (fp.upright === false || fp.upright === 0) fp.upright = 0.75;
    const prefWidth = fp.upright !== undefined ? phpRound(config.thumbSize * fp.upright, -1) : config.thumbSize;
    if (hp.height === undefined && (hp.width <= 0 || prefWidth < hp.width || file.mime === 'image/svg+xml')) hp.width = prefWidth;
  }
}

/** 'frameless': a bitmap is never shown larger than its source. */
export function capFramelessWidth(file: FileInfo | null, hp: HandlerParams): void {
  if (file && hp.width !== undefined && hp.width > file.width && file.mime !== 'image/svg+xml') hp.width = file.width;
}

export interface FrameImage {
  thumb: Thumbnail | null;
  /** The original is shown at its own size (a frame around a bitmap). */
  noscale: boolean;
  /** The image is the manual thumbnail of thumb=. */
  manualthumb: boolean;
  /** Width of the image box (the image, or the asked width when there is none). */
  boxWidth: number;
}

/** The image inside a thumbnail or frame; a manual thumbnail links to the file page unless link= says otherwise. */
export function frameImage(ctx: ParseContext, title: Title, file: FileInfo | null, fp: FrameParams, hp: HandlerParams): FrameImage {
  if (!hp.width) hp.width = fp.upright !== undefined ? 130 : 180;
  const out: FrameImage = { thumb: null, noscale: false, manualthumb: false, boxWidth: hp.width };
  if (!file) return out;
  if (fp.manualthumb !== undefined) {
    const manualTitle = ctx.env.titles.makeTitle(NS_FILE, fp.manualthumb);
    const manual = manualTitle ? ctx.env.data.getFile(manualTitle) : null;
    if (manual) {
      out.thumb = unscaled(manual);
      out.manualthumb = true;
    }
  } else {
    if (fp.framed && file.mime !== 'image/svg+xml') out.noscale = true;
    else if (fp.framed) hp.width = file.width;
    if (file.width && file.mime !== 'image/svg+xml' && hp.width > file.width) hp.width = file.width;
    out.thumb = out.noscale ? unscaled(file) : transform(ctx.config, file, hp);
  }
  out.boxWidth = out.thumb ? out.thumb.width : hp.width;
  if (out.manualthumb && fp['link-title'] === undefined && fp['link-url'] === undefined && !fp['no-link']) {
    fp['link-title'] = title.prefixedText;
  }
  return out;
}
