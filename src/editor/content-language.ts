/**
 * The editor's language for a page's content model: wikitext highlighting of our own for
 * wikitext, CodeMirror's stream modes for Scribunto modules (Lua), CSS (also TemplateStyles),
 * JavaScript and JSON pages, none for plain text.
 */
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { css } from '@codemirror/legacy-modes/mode/css';
import { javascript, json } from '@codemirror/legacy-modes/mode/javascript';
import { lua } from '@codemirror/legacy-modes/mode/lua';
import type { Extension } from '@codemirror/state';
import { wikitext } from './wikitext-language.ts';

const codeModes = { Scribunto: lua, css, 'sanitized-css': css, javascript, json } as const;

/** True for the content models edited as wikitext (with toolbar, links and live preview). */
export function isWikitextModel(model: string): boolean {
  return model === 'wikitext';
}

export function contentLanguage(model: string): Extension {
  if (isWikitextModel(model)) return wikitext();
  const mode = codeModes[model as keyof typeof codeModes];
  if (!mode) return [];
  return [StreamLanguage.define(mode), syntaxHighlighting(defaultHighlightStyle)];
}
