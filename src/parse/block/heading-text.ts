/**
 * From the HTML of a heading to its TOC line (a few inline tags kept) and its anchor
 * text (all tags removed, whitespace normalised, character references decoded).
 */
import { decodeCharReferences } from '../../core/html-entities.ts';
import { phpTrim } from './php-trim.ts';

const styleOrScript = /<(style|script)(?: [^>]*[^>/])?>[\s\S]*?<\/\1>/gi;
const disallowedTag = /<(?!\/?(span|sup|sub|bdi|i|b|s|strike|q)(?: [^>]*)?>).*?>/g;
const allowedTag = /<(\/?(?:span(?: dir="(?:rtl|ltr)")?|sup|sub|bdi|i|b|s|strike|q))(?: .*?)?>/g;

export function withoutStyleAndScript(html: string): string {
  return html.replace(styleOrScript, '');
}

/** The heading as shown in the TOC. */
export function tocLineText(safeHeadline: string): string {
  const line = safeHeadline.replace(disallowedTag, '').replace(allowedTag, '<$1>').replaceAll('<span></span>', '');
  return phpTrim(line);
}

/** Sanitizer::normalizeSectionNameWhitespace */
export function normalizeSectionNameWhitespace(section: string): string {
  return phpTrim(section.replace(/[ _]+/g, ' '));
}

const titleWhitespace = /[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const bidiMarks = /[\u200E\u200F\u202A-\u202E]+/g;

/**
 * Parser::normalizeSectionName: the section name as the fragment of a title `#name`, so
 * heading ids match the links made to them (bidi marks dropped, every kind of space run
 * one space, trailing spaces trimmed).
 */
export function normalizeSectionName(text: string): string {
  return text.replace(bidiMarks, '').replace(titleWhitespace, '_').replace(/_+$/, '').replace(/_/g, ' ');
}

/** The plain text the anchor is made from, and the hint shown on edit links. */
export function anchorText(safeHeadline: string): { hint: string; text: string } {
  const hint = normalizeSectionNameWhitespace(safeHeadline.replace(/<.*?>/g, ''));
  return { hint, text: normalizeSectionName(decodeCharReferences(hint)) };
}
