/**
 * The HTML of each infobox item, byte for byte as PortableInfobox's templates print it
 * (with headings: <h2> titles and headers, <h3> labels).
 */
import { hbEscape as esc, hbRaw as raw, hbTruthy as truthy } from './php-values.ts';
import type { MediaItem } from './nodes/media-node.ts';

type Data = Record<string, unknown>;

const attr = (name: string, value: unknown): string => (truthy(value) ? ` ${name}="${esc(value)}"` : '');
const sourceAndName = (d: Data): string => attr('data-source', d.source) + attr('data-item-name', d['item-name']);

export function wrapperHtml(d: { content: string; theme: string; layout: string; type: string; itemName: string }): string {
  const classes = ['portable-infobox noexcerpt searchaux pi-background', d.theme, d.layout, d.type].filter(truthy).map(esc);
  // The wrapper template file ends with a line break, which is part of the output.
  return `<aside class="${classes.join(' ')}"${attr('data-item-name', d.itemName)}>${d.content}</aside>\n`;
}

export function titleHtml(d: Data, inlineStyles: string): string {
  return `<h2 class="pi-item pi-item-spacing pi-title"${attr('style', inlineStyles)}${sourceAndName(d)}>${raw(d.value)}</h2>`;
}

export function headerHtml(d: Data, inlineStyles: string): string {
  return (
    `<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background"` +
    `${attr('style', inlineStyles)}${attr('data-item-name', d['item-name'])}>${raw(d.value)}</h2>`
  );
}

export function dataHtml(d: Data): string {
  const label = truthy(d.label) ? `\t\t<h3 class="pi-data-label pi-secondary-font">${raw(d.label)}</h3>\n` : '';
  return (
    `<div class="pi-item pi-data pi-item-spacing pi-border-color"${sourceAndName(d)}>\n` +
    `${label}\t<div class="pi-data-value pi-font">${raw(d.value)}</div>\n</div>`
  );
}

export function navigationHtml(d: Data): string {
  return (
    `<nav class="pi-navigation pi-item-spacing pi-secondary-background pi-secondary-font"` +
    `${attr('data-item-name', d['item-name'])}>${raw(d.value)}</nav>`
  );
}

export function groupHtml(content: string, cssClasses: string, itemName: unknown): string {
  const extra = truthy(cssClasses) ? ` ${cssClasses}` : '';
  return `<section class="pi-item pi-group pi-border-color${extra}"${attr('data-item-name', itemName)}>${content}</section>`;
}

export interface CellData {
  label: unknown;
  value: unknown;
  source: unknown;
  'item-name': unknown;
  inlineStyles?: string;
}

export function horizontalGroupHtml(d: { data: CellData[]; renderLabels: boolean; header?: unknown; inlineStyles?: string }): string {
  const cls = `pi-horizontal-group${d.renderLabels ? '' : ' pi-horizontal-group-no-labels'}`;
  const caption = truthy(d.header)
    ? `<caption class="pi-header pi-secondary-font pi-secondary-background pi-item-spacing"${attr('style', d.inlineStyles)}>${raw(d.header)}</caption>`
    : '';
  const cell = (tag: string, cls2: string, v: unknown, c: CellData) =>
    `\t\t\t<${tag} class="pi-horizontal-group-item ${cls2} pi-border-color pi-item-spacing"${attr('data-source', c.source)}${attr('data-item-name', c['item-name'])}>${raw(v)}</${tag}>\n`;
  const head = d.renderLabels
    ? `\t<thead>\n\t\t<tr>\n${d.data.map((c) => cell('th', 'pi-data-label pi-secondary-font', c.label, c)).join('')}\t\t</tr>\n\t</thead>\n`
    : '';
  const body = d.data.map((c) => cell('td', 'pi-data-value pi-font', c.value, c)).join('');
  return `<table class="${cls}">\n\t${caption}\n${head}\t<tbody>\n\t\t<tr>\n${body}\t\t</tr>\n\t</tbody>\n</table>`;
}

export function smartGroupHtml(d: { data: CellData[]; renderLabels: boolean }): string {
  const names = (c: CellData) => `style="${raw(c.inlineStyles)}"${attr('data-source', c.source)}${attr('data-item-name', c['item-name'])}`;
  const head = d.renderLabels
    ? `        <section class="pi-smart-group-head">\n` +
      d.data.map((c) => `                <h3 class="pi-smart-data-label pi-data-label pi-secondary-font pi-item-spacing" ${names(c)}>${raw(c.label)}</h3>\n`).join('') +
      `        </section>\n`
    : '';
  const body = d.data
    .map((c) => `            <div class="pi-smart-data-value pi-data-value pi-font pi-item-spacing" ${names(c)}>${raw(c.value)}</div>\n`)
    .join('');
  return (
    `<section class="pi-item pi-smart-group pi-border-color">\n${head}` +
    `    <section class="pi-smart-group-body">\n${body}    </section>\n</section>`
  );
}

export interface PanelSection {
  index: number;
  'item-name': unknown;
  label: unknown;
  content: string | null;
  active?: boolean;
}

export function panelHtml(d: { itemName: unknown; cssClasses: string; header: string; sections: PanelSection[]; showToggles: boolean }): string {
  const extra = truthy(d.cssClasses) ? ` ${d.cssClasses}` : '';
  const active = (s: PanelSection) => (s.active ? ' pi-section-active' : '');
  const toggles = d.showToggles
    ? `\t\t<div class="pi-panel-scroll-wrapper">\n\t\t\t<ul class="pi-section-navigation">\n` +
      d.sections
        .map(
          (s) =>
            `\t\t\t\t\t<li class="pi-section-tab pi-item-spacing${active(s)}" data-ref="${esc(s.index)}"${attr('data-item-name', s['item-name'])}>\n` +
            `\t\t\t\t\t\t<div class="pi-section-label">${truthy(s.label) ? esc(s.label) : esc(s.index)}</div>\n\t\t\t\t\t</li>\n`,
        )
        .join('') +
      `\t\t\t</ul>\n\t\t</div>\n`
    : '';
  const contents = d.sections
    .map(
      (s) =>
        `\t\t\t<div class="pi-section-content${active(s)}" data-ref="${esc(s.index)}"${attr('data-item-name', s['item-name'])}>\n` +
        `\t\t\t\t${raw(s.content)}\n\t\t\t</div>\n`,
    )
    .join('');
  return (
    `<section class="pi-item pi-panel pi-border-color${extra}"${attr('data-item-name', d.itemName)}>\n` +
    `\t${d.header}\n${toggles}\t<div class="pi-section-contents">\n${contents}\t</div>\n</section>`
  );
}

function mediaClass(m: MediaItem): string {
  return (m.isImage ? ' pi-image' : '') + (m.isVideo ? ' pi-video' : '') + (m.isAudio ? ' pi-audio' : '');
}

function mediaLink(m: MediaItem, indent: string): string {
  const linkClass = (m.isImage ? 'image image-thumbnail' : '') + (m.isVideo ? 'video' : '') + (m.isAudio ? 'audio' : '');
  let inner: string;
  if (m.isImage) {
    inner =
      `<img src="${esc(m.thumbnail)}" srcset="${esc(m.thumbnail)} 1x, ${esc(m.thumbnail2x)} 2x" class="pi-image-thumbnail"` +
      ` alt="${esc(m.alt)}" width="${raw(m.width)}" height="${raw(m.height)}"/>\n${indent}\t`;
  } else if (m.isVideo) {
    inner = `<video src="${esc(m.url)}" class="pi-video-player" controls="true" controlsList="nodownload" preload="metadata">${esc(m.alt)}</video>\n${indent}\t`;
  } else if (m.isAudio) {
    inner = `<audio src="${esc(m.url)}" class="pi-audio-player" controls="true" controlsList="nodownload">${esc(m.alt)}</audio>\n${indent}\t`;
  } else {
    inner = esc(m.alt);
  }
  return `${indent}<a href="${esc(m.url)}" class="${linkClass}" title="${esc(m.alt)}">\n${indent}\t${inner}\n${indent}</a>\n`;
}

export function mediaHtml(m: MediaItem): string {
  const caption = truthy(m.caption) ? `<figcaption class="pi-item-spacing pi-caption">${raw(m.caption)}</figcaption>` : '';
  return (
    `<figure class="pi-item pi-media${mediaClass(m)}"${attr('data-source', m.source)}${attr('data-item-name', m['item-name'])}>\n` +
    `${mediaLink(m, '\t')}\t${caption}\n</figure>`
  );
}

export function mediaCollectionHtml(images: MediaItem[]): string {
  const first = images[0];
  const tabs = images
    .map((m) => `<li class="pi-tab-link pi-item-spacing${m.isFirst ? ' current' : ''}" data-pi-tab="pi-tab-${esc(m.ref)}">${raw(m.caption)}</li>`)
    .join('');
  const contents = images
    .map(
      (m) =>
        `\t\t<div class="pi-media-collection-tab-content${m.isFirst ? ' current' : ''}" id="pi-tab-${esc(m.ref)}">\n` +
        `\t\t\t<figure class="pi-item pi-media${mediaClass(m)}"${attr('data-source', m.source)}${attr('data-item-name', m['item-name'])}>\n` +
        `${mediaLink(m, '\t\t\t\t')}\t\t\t</figure>\n\t\t</div>\n`,
    )
    .join('');
  return (
    `<div class="pi-media-collection" ${attr('data-source', first.source)}${attr('data-item-name', first['item-name'])}>\n` +
    `\t<ul class="pi-media-collection-tabs">\n\t\t${tabs}\n\t</ul>\n${contents}</div>`
  );
}
