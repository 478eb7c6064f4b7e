/**
 * Wikitext as a CodeMirror language: the stream tokenizer's token names become highlighting
 * tags, and every tag gets a `wt-…` class on its span (styled in editor-theme.ts), so the
 * highlighting is visible to style sheets and tests alike.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { Tag } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';
import { wikitextParser } from './wikitext-tokenizer.ts';

/** Every token name the tokenizer produces. */
export const WIKITEXT_TOKENS = [
  'heading', 'heading-marker', 'hr', 'list', 'preformatted', 'strong', 'em', 'quote',
  'template', 'template-bracket', 'template-name', 'template-delimiter', 'template-arg-name', 'template-text', 'parser-function',
  'param', 'param-bracket', 'param-name', 'param-delimiter', 'param-text',
  'link', 'link-bracket', 'link-target', 'link-delimiter', 'link-text',
  'extlink', 'extlink-bracket', 'extlink-url', 'extlink-text',
  'extension-tag', 'html-tag', 'nowiki', 'comment', 'table', 'table-delimiter',
  'magic-word', 'signature', 'entity',
] as const;

const tags = Object.fromEntries(WIKITEXT_TOKENS.map((name) => [name, Tag.define()])) as Record<(typeof WIKITEXT_TOKENS)[number], Tag>;

export const wikitextLanguage = StreamLanguage.define({ ...wikitextParser, tokenTable: tags });

const classes = HighlightStyle.define(WIKITEXT_TOKENS.map((name) => ({ tag: tags[name], class: `wt-${name}` })));

export function wikitext(): Extension {
  return [wikitextLanguage, syntaxHighlighting(classes)];
}
