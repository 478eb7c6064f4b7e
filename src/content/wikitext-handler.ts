/**
 * Wikitext: the parser's output as it is. Nothing to check before saving.
 */
import type { ContentHandler } from './content-handler.ts';

export const wikitextHandler: ContentHandler = {
  model: 'wikitext',
  mimeType: 'text/x-wiki',
  fillParserOutput: (env, text, options) => env.parser.parse(text, options),
  validateSave: () => null,
};
