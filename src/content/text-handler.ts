/**
 * Plain text (TextContentHandler): shown as escaped text, never parsed.
 */
import { escapeHtml } from '../core/html-entities.ts';
import { ParserOutput } from '../core/parser-output.ts';
import type { ContentHandler } from './content-handler.ts';

export const textHandler: ContentHandler = {
  model: 'text',
  mimeType: 'text/plain',
  fillParserOutput(_env, text) {
    const output = new ParserOutput();
    output.html = escapeHtml(text);
    return output;
  },
  validateSave: () => null,
};
