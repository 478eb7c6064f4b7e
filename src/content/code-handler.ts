/**
 * CSS and JavaScript pages (CssContentHandler, JavaScriptContentHandler with
 * SyntaxHighlight): the text is parsed as wikitext only for its links and categories
 * ($wgTextModelsToParse), and shown as highlighted source with line numbers.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { ContentHandler, ContentEnv } from './content-handler.ts';
import { highlightSource } from './highlight-source.ts';
import type { ParserOptions } from '../parse/parser-options.ts';

function codeHandler(model: string, mimeType: string, lang: string, plainClass: string): ContentHandler {
  return {
    model,
    mimeType,
    fillParserOutput(env: ContentEnv, text: string, options: ParserOptions): ParserOutput {
      const output = env.parser.parse(text, options);
      output.html = highlightSource(text, lang, plainClass);
      output.tocHtml = '';
      output.sections.length = 0;
      output.displayTitle = null;
      return output;
    },
    validateSave: () => null,
  };
}

export const cssHandler = codeHandler('css', 'text/css', 'css', 'mw-css');
export const javascriptHandler = codeHandler('javascript', 'text/javascript', 'javascript', 'mw-js');
