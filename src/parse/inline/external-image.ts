/**
 * A bare image URL as link text or free URL becomes an <img> when the site allows external
 * images (Parser::maybeMakeExternalImage, Linker::makeExternalImage).
 */
import type { SiteConfig } from '../../core/site-config.ts';
import { rawElement } from '../../render/html.ts';

const extImage =
  /^(http:\/\/|https:\/\/)((?:\[(?:[0-9a-fA-F:.]+)\])?[^\][<>"\x00-\x20\x7F\p{Zs}\uFFFD]+)\/([A-Za-z0-9_.,~%\-+&;#*?!=()@\u0080-\u{10FFFF}]+)\.([gG][iI][fF]|[pP][nN][gG]|[jJ][pP][gG]|[jJ][pP][eE][gG])$/u;

/** The <img> for an image URL, or null when the URL is no allowed image. */
export function maybeMakeExternalImage(config: SiteConfig, url: string): string | null {
  if (!config.wgAllowExternalImages || !extImage.test(url)) return null;
  const slash = url.lastIndexOf('/');
  const alt = slash < 0 ? url : url.slice(slash + 1);
  return rawElement('img', { src: url, alt });
}
