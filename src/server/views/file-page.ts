/**
 * The parts of a file description page around its wikitext (MediaWiki's ImagePage): above
 * it the file (a preview at most 800×600, linked to the original) with its size and type;
 * below it the file history (one row per version, with thumbnails) and the file usage list
 * (pages with an imagelinks row for it). A File: page without an uploaded file offers the
 * upload form instead.
 */
import type { FileInfo } from '../../core/data-access.ts';
import type { Title } from '../../core/title.ts';
import { fileUrl, hashPath, thumbUrl } from '../../render/image-url.ts';
import { scaleHeight } from '../../render/image-transform.ts';
import type { FileRecord, OldFileRecord } from '../../storage/file-store.ts';
import type { Wiki } from '../../wiki/wiki.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import { formatTimestamp, summary } from './format.ts';

export interface FilePageContext {
  wiki: Wiki;
  urls: Urls;
}

const previewBox = { width: 800, height: 600 };
const historyThumb = 120;
const usageLimit = 100;

/** Fits the file in a box without enlarging it. */
function fit(info: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  if (info.width <= box.width && info.height <= box.height) return { width: info.width, height: info.height };
  const width = info.width * box.height > info.height * box.width ? box.width : Math.max(1, Math.round((info.width * box.height) / info.height));
  return { width, height: scaleHeight(info.width, info.height, width) };
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 2 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function dimensions(f: { width: number; height: number }): string {
  return f.width > 0 ? `${f.width.toLocaleString('en-US')} × ${f.height.toLocaleString('en-US')}` : '';
}

/** The file itself, shown above the description. */
export function fileTop(o: FilePageContext, title: Title, info: FileInfo | null): SafeHtml {
  if (!info) {
    return html`<div class="mw-filepage-nofile" id="file"><p>No file by this name exists, but you can <a href="${o.urls.action('Special:Upload', { wpDestFile: title.dbKey })}" class="new">upload it</a>.</p></div>`;
  }
  const original = info.url;
  const details = html`<span class="fileInfo">(${info.width > 0 ? `${dimensions(info)} pixels, ` : ''}file size: ${formatFileSize(info.size)}, MIME type: ${info.mime})</span>`;
  if (!info.mime.startsWith('image/') || info.width <= 0) {
    return html`<div class="fullMedia" id="file"><p><a href="${original}" class="internal" title="${title.text}">${title.text}</a> ${details}</p></div>`;
  }
  const shown = fit(info, previewBox);
  const src = thumbUrl(o.wiki.config, info, shown.width);
  const preview = shown.width !== info.width
    ? html`<div class="mw-filepage-resolutioninfo">Size of this preview: <span>${dimensions(shown)} pixels</span>.</div>`
    : '';
  return html`<div class="fullImageLink" id="file"><a href="${original}"><img alt="File:${title.text}" src="${src}" decoding="async" width="${shown.width}" height="${shown.height}"></a>${preview}</div>
<div class="fullMedia"><p><a href="${original}" class="internal" title="${title.text}">Original file</a> ${details}</p></div>`;
}

/** File history and file usage, below the description. */
export function fileBottom(o: FilePageContext, title: Title, current: FileRecord | null): SafeHtml {
  const history = current ? fileHistory(o, title, current, o.wiki.repo.listOldFiles(title.dbKey)) : '';
  const usage = o.wiki.repo.backlinks('imagelinks', { namespace: title.ns, dbKey: title.dbKey }, { limit: usageLimit + 1 });
  const items = usage.slice(0, usageLimit).map((page) => {
    const t = o.wiki.titles.makeTitle(page.namespace, page.dbKey);
    return t ? html`<li><a href="${o.urls.article(t)}" title="${t.prefixedText}">${t.prefixedText}</a></li>` : '';
  });
  const more = usage.length > usageLimit
    ? html`<p>View <a href="${o.urls.action('Special:WhatLinksHere', { target: title.prefixedDBKey })}">more links</a> to this file.</p>`
    : '';
  const usageBody = usage.length
    ? html`<p>The following ${usage.length === 1 ? 'page uses' : 'pages use'} this file:</p><ul class="mw-imagepage-linkstoimage">${items}</ul>${more}`
    : html`<p id="mw-imagepage-nolinkstoimage">There are no pages that use this file.</p>`;
  return html`${history}<h2 id="filelinks">File usage</h2><div id="mw-imagepage-section-linkstoimage">${usageBody}</div>`;
}

function fileHistory(o: FilePageContext, title: Title, current: FileRecord, old: OldFileRecord[]): SafeHtml {
  const config = o.wiki.config;
  const row = (f: FileRecord, url: string, thumb: string | null, isCurrent: boolean) => html`<tr${isCurrent ? html` class="filehistory-selected"` : ''}>
<td>${isCurrent ? 'current' : ''}</td>
<td class="filehistory-date"><a href="${url}">${formatTimestamp(f.timestamp)}</a></td>
<td>${thumb ? html`<a href="${url}"><img alt="Thumbnail for version as of ${formatTimestamp(f.timestamp)}" src="${thumb}" decoding="async" loading="lazy" width="${fit(f, { width: historyThumb, height: historyThumb }).width}" height="${fit(f, { width: historyThumb, height: historyThumb }).height}"></a>` : ''}</td>
<td>${dimensions(f)}${f.width > 0 ? html` <span style="white-space: nowrap;">(${formatFileSize(f.size)})</span>` : formatFileSize(f.size)}</td>
<td><a href="${o.urls.article(`User:${f.userName}`)}" class="mw-userlink">${f.userName}</a></td>
<td dir="ltr">${summary(f.comment)}</td>
</tr>`;
  const thumbOf = (f: FileRecord, base: string, folder: string) => {
    if (!f.mime.startsWith('image/') || f.width <= 0) return null;
    const width = fit(f, { width: historyThumb, height: historyThumb }).width;
    if (width >= f.width && f.mime !== 'image/svg+xml') return base;
    const info: FileInfo = { title, width: f.width, height: f.height, mime: f.mime, size: f.size, url: base };
    return folder === '' ? thumbUrl(config, info, width) : `${config.wgUploadPath}/thumb/archive/${hashPath(title.dbKey)}${encodeURIComponent(folder)}/${width}px-${encodeURIComponent(title.dbKey)}${f.mime === 'image/svg+xml' ? '.png' : ''}`;
  };
  const currentUrl = fileUrl(config, current.name);
  const rows = [row(current, currentUrl, thumbOf(current, currentUrl, ''), true)];
  for (const f of old) {
    const url = `${config.wgUploadPath}/archive/${hashPath(title.dbKey)}${encodeURIComponent(f.archiveName)}`;
    rows.push(row(f, url, thumbOf(f, url, f.archiveName), false));
  }
  return html`<h2 id="filehistory">File history</h2>
<div id="mw-imagepage-section-filehistory"><p>Click on a date/time to view the file as it appeared at that time.</p>
<table class="wikitable filehistory">
<tr><th></th><th>Date/Time</th><th>Thumbnail</th><th>Dimensions</th><th>User</th><th>Comment</th></tr>
${rows}
</table>
<p><a href="${o.urls.action('Special:Upload', { wpDestFile: title.dbKey })}" id="mw-imagepage-reupload-link">Upload a new version of this file</a></p></div>`;
}
