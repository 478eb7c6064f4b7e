/**
 * [[Media:File.png]]: a direct link to the file, or to the upload form when it is missing
 * (Linker::makeMediaLinkFile).
 */
import type { Title } from '../../core/title.ts';
import type { ParseContext } from '../parse-context.ts';
import { rawElement } from '../../render/html.ts';
import { localUrl } from '../../render/url.ts';

export function makeMediaLink(ctx: ParseContext, title: Title, html: string): string {
  const file = ctx.env.data.getFile(title);
  ctx.output.images.add(title.dbKey);
  let url: string;
  let cls: string;
  if (file) {
    url = file.url;
    cls = 'internal';
  } else {
    const upload = ctx.env.titles.parse('Special:Upload')!;
    url = ctx.config.wgEnableUploads
      ? localUrl(ctx.config, upload, { wpDestFile: title.dbKey })
      : localUrl(ctx.config, ctx.env.titles.makeTitle(6, title.dbKey) ?? title);
    cls = 'new';
  }
  const alt = title.text;
  return rawElement('a', { href: url, class: cls, title: alt }, html === '' ? alt : html);
}
