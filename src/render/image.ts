/**
 * [[File:...]] and [[Media:...]] links as MediaWiki 1.39 renders them with the legacy media
 * HTML (Parser::makeImage, Linker::makeImageLink / makeThumbLink2 /
 * makeBrokenImageLinkObj / makeMediaLinkFile): inline images, floats, thumbnails and frames,
 * and missing files (an upload link when uploads are on, else a plain link to the File: page).
 */
import type { FileInfo } from '../core/data-access.ts';
import { decodeCharReferences, escapeHtml } from '../core/html-entities.ts';
import { NS_SPECIAL } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { replaceLinkHoldersText } from '../parse/inline/link-holders.ts';
import { rawUrlDecode } from '../parse/inline/link-text.ts';
import { urlProtocolsSource } from '../sanitize/url-protocols.ts';
import { externalLinkAttribs } from './external-link.ts';
import { rawElement, type HtmlAttributes } from './html.ts';
import { makeKnownLink } from './linker.ts';
import { linkUrl, localUrl } from './url.ts';
import { parseImageOptions, type FrameParams, type HandlerParams, type OptionHelpers } from './image-options.ts';
import { makeImageFigure } from './image-figure.ts';
import { applyDefaultWidth, capFramelessWidth, frameImage } from './image-sizing.ts';
import { addResponsiveUrls, canRender, srcSet, transform, type Thumbnail } from './image-transform.ts';

export interface ImageHelpers {
  /** Replaces link holders with their plain text and unstrips markers (default: the parse's own). */
  toPlainText?(text: string): string;
}

const linkUrlRe = new RegExp(`^(?:${urlProtocolsSource})[^\\][<>"\\x00-\\x20\\x7F\\p{Zs}\\uFFFD]+$`, 'iu');
const startsWithProtocol = new RegExp(`^(?:${urlProtocolsSource})`, 'i');

/** Sanitizer::stripAllTags: tags removed, entities decoded, each tab and line break a space. */
function stripAllTags(html: string): string {
  return decodeCharReferences(html.replace(/<[^>]*>/g, '')).replace(/\r\n|[\t\n\r]/g, ' ');
}

export function optionHelpers(ctx: ParseContext, helpers: ImageHelpers): OptionHelpers {
  return {
    stripAltText: (text) =>
      stripAllTags(helpers.toPlainText ? helpers.toPlainText(text) : ctx.stripState.unstripBoth(replaceLinkHoldersText(text, ctx))),
    parseLink(value) {
      if (value === '') return { type: 'no-link' };
      if (startsWithProtocol.test(value)) {
        if (!linkUrlRe.test(value)) return null;
        ctx.output.externalLinks.add(value);
        return { type: 'link-url', target: value };
      }
      // Percent-decoded like wikilink targets (T216003).
      const decoded = rawUrlDecode(value);
      const title = ctx.env.titles.parse(decoded);
      if (!title) return null;
      ctx.output.addLink(title);
      return { type: 'link-title', target: decoded };
    },
  };
}

/** The HTML of [[File:title|optionsText]]; `optionsText` is everything after the first '|'. */
export function makeImage(ctx: ParseContext, title: Title, optionsText: string, helpers: ImageHelpers = {}): string {
  const parts = optionsText === '' ? [] : optionsText.split('|');
  const { frame, handler } = parseImageOptions(parts, optionHelpers(ctx, helpers));
  const defaultAlt = frame.caption === '' && frame.alt === undefined;
  ctx.output.images.add(title.dbKey);
  const file = ctx.env.data.getFile(title);
  if (!ctx.config.wgParserEnableLegacyMediaDOM) return makeImageFigure(ctx, title, file, frame, handler, defaultAlt);
  if (defaultAlt) frame.alt = title.text;
  return makeImageLink(ctx, title, file, frame, handler);
}

function makeImageLink(ctx: ParseContext, title: Title, file: FileInfo | null, fp: FrameParams, hp: HandlerParams): string {
  const config = ctx.config;
  if (file && !canRender(file)) return makeKnownLink(ctx.env, title);
  fp.alt ??= '';
  fp.title ??= '';
  let prefix = '';
  let postfix = '';
  if (fp.align === 'center') {
    prefix = '<div class="center">';
    postfix = '</div>';
    fp.align = 'none';
  }
  applyDefaultWidth(config, file, fp, hp);
  if (fp.thumbnail || fp.manualthumb !== undefined || fp.framed) {
    if (fp.align === '') fp.align = 'right';
    return prefix + makeThumbLink(ctx, title, file, fp, hp) + postfix;
  }
  if (fp.frameless) capFramelessWidth(file, hp);
  const thumb = file && hp.width !== undefined ? transform(config, file, hp) : null;
  let s: string;
  if (!thumb) {
    s = makeBrokenImageLink(ctx, title, fp.title, !!file);
  } else {
    addResponsiveUrls(config, file!, thumb, hp);
    const imgClass = [fp.class, fp.border ? 'thumbborder' : ''].filter((c) => c !== '').join(' ');
    s = thumbnailHtml(ctx, title, thumb, fp, { alt: fp.alt, title: fp.title, valign: fp.valign, imgClass });
  }
  if (fp.align !== '') s = rawElement('div', { class: `float${fp.align}` }, s);
  return (prefix + s + postfix).replace(/\n/g, ' ');
}

function makeThumbLink(ctx: ParseContext, title: Title, file: FileInfo | null, fp: FrameParams, hp: HandlerParams): string {
  const { thumb, noscale, manualthumb, boxWidth } = frameImage(ctx, title, file, fp, hp);
  let s = `<div class="thumb t${fp.align}"><div class="thumbinner" style="width:${boxWidth + 2}px;">`;
  let zoomIcon = '';
  if (!file) {
    s += makeBrokenImageLink(ctx, title, '');
  } else if (!thumb) {
    s += 'Error creating thumbnail: ';
  } else {
    if (!noscale && !manualthumb) addResponsiveUrls(ctx.config, file, thumb, hp);
    const imgClass = `${fp.class !== '' ? `${fp.class} ` : ''}thumbimage`;
    s += thumbnailHtml(ctx, title, thumb, fp, { alt: fp.alt ?? '', title: fp.title ?? '', imgClass });
    if (!fp.framed) {
      const href = localUrl(ctx.config, title);
      zoomIcon = rawElement('div', { class: 'magnify' }, rawElement('a', { href, class: 'internal', title: 'Enlarge' }));
    }
  }
  s += `  <div class="thumbcaption">${zoomIcon}${fp.caption}</div></div></div>`;
  return s.replace(/\n/g, ' ');
}

export interface ImgOptions {
  alt: string;
  title: string;
  valign?: string;
  imgClass: string;
  /** The newer media markup: the file-page link is a.mw-file-description, an unlinked image sits in a <span>. */
  figure?: boolean;
}

/** ThumbnailImage::toHtml: the <img>, wrapped in the link the options ask for. */
export function thumbnailHtml(ctx: ParseContext, title: Title, thumb: Thumbnail, fp: FrameParams, o: ImgOptions): string {
  const img: HtmlAttributes = { alt: o.alt, src: thumb.url, decoding: 'async' };
  let link: HtmlAttributes | null = null;
  let unlinked: HtmlAttributes | null = null;
  if (fp['link-url'] !== undefined && fp['link-url'] !== '') {
    link = { href: fp['link-url'] };
    if (o.title) link.title = o.title;
    const ext = externalLinkAttribs(ctx.config, fp['link-url']);
    if (ext.target) link.target = ext.target;
    if (ext.rel) link.rel = ext.rel;
  } else if (fp['link-title'] !== undefined && fp['link-title'] !== '') {
    const target = ctx.env.titles.parse(fp['link-title']);
    if (target) link = { href: linkUrl(ctx.config, ctx.env.titles, target), title: o.title || target.prefixedText };
  } else if (!fp['no-link']) {
    link = { href: localUrl(ctx.config, title), class: o.figure ? 'mw-file-description' : 'image' };
    if (o.title) link.title = o.title;
  } else if (o.figure) {
    unlinked = o.title ? { title: o.title } : {};
  } else if (o.title) {
    img.title = o.title;
  }
  img.width = thumb.width;
  img.height = thumb.height;
  if (o.valign) img.style = `vertical-align: ${o.valign}`;
  if (o.imgClass) img.class = o.imgClass;
  if (thumb.responsiveUrls.size > 0) img.srcset = srcSet(thumb.responsiveUrls);
  const html = rawElement('img', img);
  if (link) return rawElement('a', link, html);
  return unlinked ? rawElement('span', unlinked, html) : html;
}

/**
 * Upload link for a missing file, or a plain link to its page when uploads are off or the file
 * exists (but cannot be shown). `labelHtml` makes the link's HTML of the label (default: escaped).
 */
export function makeBrokenImageLink(ctx: ParseContext, title: Title, label: string, currentExists = false, labelHtml = escapeHtml): string {
  const html = labelHtml(label === '' ? title.prefixedText : label);
  if (!ctx.config.wgEnableUploads || currentExists) return makeKnownLink(ctx.env, title, html);
  return rawElement('a', { href: uploadUrl(ctx, title), class: 'new', title: title.prefixedText }, html);
}

function uploadUrl(ctx: ParseContext, title: Title): string {
  const upload = ctx.env.titles.makeTitle(NS_SPECIAL, 'Upload')!;
  return localUrl(ctx.config, upload, { wpDestFile: title.dbKey });
}

/** [[Media:...]]: a direct link to the file, or an upload link when it is missing. */
export function makeMediaLink(ctx: ParseContext, title: Title, html = ''): string {
  const file = ctx.env.data.getFile(title);
  ctx.output.images.add(title.dbKey);
  const url = file ? file.url : uploadUrl(ctx, title);
  return rawElement('a', { href: url, class: file ? 'internal' : 'new', title: title.text }, html === '' ? escapeHtml(title.text) : html);
}
