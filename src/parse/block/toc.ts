/**
 * The table of contents markup, as MediaWiki 1.39's Linker builds it (tocIndent,
 * tocUnindent, tocLine, tocLineEnd, tocList).
 */
import { escapeHtml } from '../../core/html-entities.ts';
import { encodeAttributeValue } from '../../render/html.ts';

export const TOC_START = '<mw:toc>';
export const TOC_END = '</mw:toc>';

export function tocIndent(): string {
  return '\n<ul>\n';
}

export function tocUnindent(levels: number): string {
  return '</li>\n' + '</ul>\n</li>\n'.repeat(Math.max(levels, 0));
}

export function tocLineEnd(): string {
  return '</li>\n';
}

export function tocLine(anchor: string, tocline: string, number: string, level: number, sectionIndex: number | false): string {
  const classes = `toclevel-${level}` + (sectionIndex !== false ? ` tocsection-${sectionIndex}` : '');
  return (
    `<li class="${classes}"><a href="${encodeAttributeValue(`#${anchor}`)}">` +
    `<span class="tocnumber">${escapeHtml(number)}</span> <span class="toctext">${tocline}</span></a>`
  );
}

export function tocList(toc: string, title = 'Contents', lang = 'en', dir = 'ltr'): string {
  return (
    '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">' +
    '<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" />' +
    `<div class="toctitle" lang="${lang}" dir="${dir}"><h2 id="mw-toc-heading">${title}</h2>` +
    '<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>\n' +
    toc +
    '</ul>\n</div>\n'
  );
}
