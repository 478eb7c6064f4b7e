/**
 * Scaling a file for display (MediaWiki's File::transform with the bitmap handler's
 * normaliseParams): the displayed size, the URL of the thumbnail or of the original when no
 * scaling is needed, and the 1.5x/2x URLs for srcset.
 */
import type { FileInfo } from '../core/data-access.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { mustRender, thumbUrl } from './image-url.ts';
import type { HandlerParams } from './image-options.ts';

export interface Thumbnail {
  url: string;
  width: number;
  height: number;
  /** density ('1.5', '2') → URL, only those that differ from `url`. */
  responsiveUrls: Map<string, string>;
}

/** PHP round() (half away from zero), to `precision` decimals (negative: tens, hundreds). */
export function phpRound(n: number, precision = 0): number {
  const f = 10 ** precision;
  const v = Math.abs(n * f);
  const r = Math.floor(v + 0.5 + 1e-9);
  return (Math.sign(n) * r) / f;
}

export function scaleHeight(srcWidth: number, srcHeight: number, width: number): number {
  return srcWidth === 0 ? 0 : phpRound((srcHeight * width) / srcWidth);
}

function fitBoxWidth(boxWidth: number, boxHeight: number, maxHeight: number): number {
  const ideal = (boxWidth * maxHeight) / boxHeight;
  const up = Math.ceil(ideal);
  return phpRound((up * boxHeight) / boxWidth) > maxHeight ? Math.floor(ideal) : up;
}

/** Whether the file can be shown as an image at all. */
export function canRender(info: FileInfo): boolean {
  return info.mime.startsWith('image/') && info.width > 0;
}

/** The file scaled to the handler parameters, or null when it cannot be. */
export function transform(config: SiteConfig, info: FileInfo, hp: HandlerParams): Thumbnail | null {
  if (!canRender(info) || hp.width === undefined || hp.width <= 0) return null;
  let width = hp.width;
  let height: number | undefined = hp.height;
  if (height !== undefined && height !== -1) {
    if (width * info.height > height * info.width) {
      width = Math.max(1, fitBoxWidth(info.width, info.height, height));
    } else {
      height = undefined;
    }
  }
  let physicalWidth = width;
  const physicalHeight = scaleHeight(info.width, info.height, physicalWidth);
  if (height === undefined || height === -1) height = physicalHeight;
  if (physicalWidth >= info.width && !mustRender(info)) physicalWidth = info.width;
  const url = physicalWidth >= info.width && !mustRender(info) ? info.url : thumbUrl(config, info, physicalWidth);
  return { url, width, height, responsiveUrls: new Map() };
}

/** The original file at its own size (framed images, manual thumbnails). */
export function unscaled(info: FileInfo): Thumbnail {
  return { url: info.url, width: info.width, height: info.height, responsiveUrls: new Map() };
}

/** Adds the 1.5x and 2x variants (Linker::processResponsiveImages). */
export function addResponsiveUrls(config: SiteConfig, info: FileInfo, thumb: Thumbnail, hp: HandlerParams): void {
  const w = hp.width ?? 0;
  const variants: Array<[string, HandlerParams]> = [
    ['1.5', { ...hp, width: phpRound(w * 1.5), height: hp.height !== undefined ? phpRound(hp.height * 1.5) : undefined }],
    ['2', { ...hp, width: w * 2, height: hp.height !== undefined ? hp.height * 2 : undefined }],
  ];
  for (const [density, params] of variants) {
    const t = transform(config, info, params);
    if (t && t.url !== thumb.url) thumb.responsiveUrls.set(density, t.url);
  }
}

/** The srcset attribute (Html::srcSet): one entry per URL, the lowest density kept (array_unique). */
export function srcSet(urls: Map<string, string>): string {
  const byUrl = new Map<string, string>();
  for (const [density, url] of [...urls].sort((a, b) => Number(a[0]) - Number(b[0]))) if (!byUrl.has(url)) byUrl.set(url, density);
  return [...byUrl].map(([url, density]) => `${url} ${density}x`).join(', ');
}
