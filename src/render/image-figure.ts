/**
 * [[File:...]] links in MediaWiki 1.39's newer media markup ($wgParserEnableLegacyMediaDOM =
 * false): a <span typeof="mw:File"> around inline images, a <figure> with a <figcaption> for
 * aligned images, thumbnails and frames; classes on the wrapper (mw-default-size,
 * mw-halign-*, mw-valign-*, mw-image-border, class=); `typeof="mw:Error ..."` and a
 * span.mw-broken-media for files that cannot be shown.
 */
import type { FileInfo } from '../core/data-access.ts';
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { escapeHtmlText } from '../core/html-entities.ts';
import { rawElement } from './html.ts';
import { makeBrokenImageLink, thumbnailHtml } from './image.ts';
import type { FrameParams, HandlerParams } from './image-options.ts';
import { applyDefaultWidth, capFramelessWidth, frameImage } from './image-sizing.ts';
import { addResponsiveUrls, canRender, transform } from './image-transform.ts';
import { makeKnownLink } from './linker.ts';

const thumbnailError = 'Error creating thumbnail: ';

/** The file link; `defaultAlt` gives a shown image its name as alt text (no caption, no alt=). */
export function makeImageFigure(ctx: ParseContext, title: Title, file: FileInfo | null, fp: FrameParams, hp: HandlerParams, defaultAlt: boolean): string {
  if (file && !canRender(file)) return makeKnownLink(ctx.env, title);
  const classes: string[] = [];
  if (hp.width === undefined && fp.manualthumb === undefined && !fp.framed) classes.push('mw-default-size');
  applyDefaultWidth(ctx.config, file, fp, hp);
  if (fp.thumbnail || fp.manualthumb !== undefined || fp.framed) return makeThumbFigure(ctx, title, file, fp, hp, classes, defaultAlt);
  let type = 'mw:File';
  if (fp.frameless) {
    type += '/Frameless';
    capFramelessWidth(file, hp);
  }
  const thumb = file && hp.width !== undefined ? transform(ctx.config, file, hp) : null;
  let s: string;
  if (!thumb) {
    type = `mw:Error ${type}`;
    s = brokenMedia(ctx, title, file ? thumbnailError : fp.alt ?? '', hp, !!file);
  } else {
    addResponsiveUrls(ctx.config, file!, thumb, hp);
    const alt = defaultAlt ? title.text : fp.alt ?? '';
    s = thumbnailHtml(ctx, title, thumb, fp, { alt, title: fp.title ?? '', imgClass: '', figure: true });
  }
  let wrapper = 'span';
  if (fp.align !== '') {
    wrapper = 'figure';
    classes.push(`mw-halign-${fp.align}`);
    s += rawElement('figcaption', {}, fp.caption);
  } else if (fp.valign) {
    classes.push(`mw-valign-${fp.valign}`);
  }
  if (fp.border) classes.push('mw-image-border');
  return wrap(wrapper, classes, fp, type, s);
}

function makeThumbFigure(
  ctx: ParseContext, title: Title, file: FileInfo | null, fp: FrameParams, hp: HandlerParams, classes: string[], defaultAlt: boolean,
): string {
  let type = fp.framed ? 'mw:File/Frame' : 'mw:File/Thumb';
  const { thumb, noscale, manualthumb } = frameImage(ctx, title, file, fp, hp);
  let s: string;
  if (!file || !thumb) {
    type = `mw:Error ${type}`;
    s = brokenMedia(ctx, title, file ? thumbnailError : fp.alt ?? '', hp, !!file);
  } else {
    if (!noscale && !manualthumb) addResponsiveUrls(ctx.config, file, thumb, hp);
    const alt = defaultAlt ? title.text : fp.alt ?? '';
    s = thumbnailHtml(ctx, title, thumb, fp, { alt, title: '', imgClass: '', figure: true });
  }
  if (fp.align !== '') classes.push(`mw-halign-${fp.align}`);
  return wrap('figure', classes, fp, type, s + rawElement('figcaption', {}, fp.caption));
}

function wrap(element: string, classes: string[], fp: FrameParams, type: string, html: string): string {
  if (fp.class !== '') classes.push(fp.class);
  return rawElement(element, { class: classes.join(' '), typeof: type }, html).replace(/\n/g, ' ');
}

/** A link (to the upload form, or to the file page) around span.mw-broken-media, sized by data-width/-height. */
export function brokenMedia(ctx: ParseContext, title: Title, label: string, hp: HandlerParams, currentExists: boolean): string {
  const attrs = { class: 'mw-broken-media', 'data-width': hp.width, 'data-height': hp.height };
  return makeBrokenImageLink(ctx, title, label, currentExists, (text) => rawElement('span', attrs, escapeHtmlText(text)));
}
