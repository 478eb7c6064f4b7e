/**
 * Section numbering, anchors and the table of contents (formatHeadings): each <hN> gets
 * `<span class="mw-headline" id="...">` (and a legacy-encoded fallback anchor when it
 * differs), ParserOutput.sections is filled, and the TOC is placed before the first
 * heading or where __TOC__ was.
 */
import type { SectionInfo } from '../../core/parser-output.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import { escapeIdForAttribute, escapeIdForLink } from '../../sanitize/escape-id.ts';
import type { Pass } from '../pipeline.ts';
import type { ParseContext } from '../parse-context.ts';
import { headingMarkerSource, headingRecords } from './heading-markers.ts';
import { anchorText, tocLineText, withoutStyleAndScript } from './heading-text.ts';
import { replaceLinkHoldersText, unstripBoth } from './strip-access.ts';
import { TocBuilder } from './toc-builder.ts';
import { TOC_END, TOC_START } from './toc.ts';
import { AnchorClaims } from './anchor-claims.ts';

/** Where __TOC__ stood (left by the behaviour-switch pass). */
export const TOC_POSITION_MARKER = '<!--MWTOC-->';

const headingRe = /<H([1-6])(.*?>)([\s\S]*?)<\/H[1-6] *>/gi;
const splitRe = /<H[1-6].*?>[\s\S]*?<\/H[1-6]>/gi;
const markerAtStart = new RegExp(`^${headingMarkerSource}`);
const markerAndSpace = new RegExp(`^${headingMarkerSource}[ \\t\\n\\r\\f\\v]*`);

function makeHeadline(level: string, attribs: string, anchor: string, html: string, link: string, fallback: string | false): string {
  const fb = fallback !== false && fallback !== anchor ? `<span id="${escapeHtml(fallback)}"></span>` : '';
  return `<h${level}${attribs}${fb}<span class="mw-headline" id="${escapeHtml(anchor)}">${html}</span>${link}</h${level}>`;
}

export function formatHeadingsText(text: string, ctx: ParseContext): string {
  const props = ctx.output.properties;
  const forcedPosition = text.includes(TOC_POSITION_MARKER);
  const showToc = !props.has('notoc');
  const showEditLink = !props.has('noeditsection');
  const matches = [...text.matchAll(headingRe)];
  let enoughToc = showToc && (matches.length >= 4 || forcedPosition);
  if (showToc && props.has('forcetoc')) enoughToc = true;
  if (matches.length < 1) enoughToc = false;

  const modes = ctx.config.wgFragmentMode ?? ['html5', 'legacy'];
  const primary = modes[0] ?? 'html5';
  const fallbackMode = modes[1];
  const maxTocLevel = ctx.config.wgMaxTocLevel ?? 999;
  const baseTitle = ctx.title.prefixedDBKey;
  const records = headingRecords(ctx);
  const toc = new TocBuilder(maxTocLevel);
  const refers = new AnchorClaims();
  const heads: string[] = [];
  const sections: SectionInfo[] = [];

  for (const m of matches) {
    let headline = m[3];
    let isTemplate = false;
    let titleText = '';
    let sectionIndex: number | false = false;
    const marker = markerAtStart.exec(headline);
    if (marker) {
      const rec = records[Number(marker[1])];
      if (rec) {
        titleText = rec.titleText;
        sectionIndex = rec.sectionIndex;
        isTemplate = titleText !== baseTitle;
      }
      headline = headline.replace(markerAndSpace, '');
    }
    const level = Number(m[1]);
    const { tocLevel, number } = toc.next(level);

    let safe = replaceLinkHoldersText(ctx, headline);
    safe = withoutStyleAndScript(unstripBoth(ctx, safe));
    const tocline = tocLineText(safe);
    const { hint, text: plain } = anchorText(safe);
    let anchor = escapeIdForAttribute(plain, primary);
    let linkAnchor = escapeIdForLink(plain, primary);
    let fallback: string | false = fallbackMode ? escapeIdForAttribute(plain, fallbackMode) : false;
    if (fallback === anchor) fallback = false;
    const suffix = refers.claim(anchor);
    anchor += suffix;
    linkAnchor += suffix;
    if (fallback !== false) fallback += refers.claim(fallback);

    if (enoughToc && tocLevel < maxTocLevel) {
      toc.line(linkAnchor, tocline, number, tocLevel, isTemplate ? false : sectionIndex);
    }
    sections.push({
      level,
      line: tocline,
      number,
      index: sectionIndex === false ? '' : `${isTemplate ? 'T-' : ''}${sectionIndex}`,
      fromTitle: isTemplate ? titleText : '',
      byteOffset: null,
      anchor,
    });
    let editLink = '';
    if (showEditLink && sectionIndex !== false) {
      editLink = isTemplate
        ? `<mw:editsection page="${escapeHtml(titleText.replace(/_/g, ' '))}" section="T-${sectionIndex}">${hint}</mw:editsection>`
        : `<mw:editsection page="${escapeHtml(ctx.title.prefixedText)}" section="${sectionIndex}">${hint}</mw:editsection>`;
    }
    heads.push(makeHeadline(m[1], m[2], anchor, headline, editLink, fallback));
  }

  if (!toc.anyVisible) enoughToc = false;
  ctx.output.sections.push(...sections);

  const blocks = text.split(splitRe);
  let full = blocks[0];
  let tocHtml = '';
  if (enoughToc) {
    tocHtml = toc.finish();
    ctx.output.tocHtml = tocHtml;
    ctx.output.flags.add('show-toc');
    // Only the page itself gets the TOC before its first heading; text parsed for a tag
    // hook (recursiveTagParse) never does.
    if (!forcedPosition && ctx.isMain) full += TOC_START + tocHtml + TOC_END + '\n';
  }
  for (let i = 1; i < blocks.length; i++) full += (heads[i - 1] ?? '') + blocks[i];
  if (forcedPosition) {
    const at = full.indexOf(TOC_POSITION_MARKER);
    full = full.slice(0, at) + (enoughToc ? TOC_START + tocHtml + TOC_END : '') + full.slice(at + TOC_POSITION_MARKER.length);
  }
  return full;
}

export const formatHeadings: Pass = {
  name: 'formatHeadings',
  run: (text, ctx) => formatHeadingsText(text, ctx),
};
