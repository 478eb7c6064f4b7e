/**
 * Module pages (ScribuntoContentHandler): the documentation page rendered above the code
 * (the message scribunto-doc-page-show, `{{Module:X/doc}}` and a rule, or
 * scribunto-doc-page-does-not-exist's link to create it), an error box when the module
 * does not compile (tracked in "Scribunto modules with errors"), then the Lua source
 * highlighted with line numbers. Saving a module that does not compile needs confirming.
 */
import { ParserOutput } from '../core/parser-output.ts';
import type { ParserOptions } from '../parse/parser-options.ts';
import type { ContentEnv, ContentHandler } from './content-handler.ts';
import { contentMessage } from './content-messages.ts';
import { highlightSource } from './highlight-source.ts';
import { docPageOf } from './scribunto-doc.ts';
import { scribuntoProblem } from './scribunto-validate.ts';
import { escapeHtml } from '../core/html-entities.ts';

function docOutput(env: ContentEnv, options: ParserOptions): ParserOutput {
  const docTitle = docPageOf(env, options.title);
  if (!docTitle) return new ParserOutput();
  const doc = env.data.getPage(docTitle);
  const message = contentMessage(env, doc ? 'scribunto-doc-page-show' : 'scribunto-doc-page-does-not-exist', docTitle.prefixedText);
  const output = message === null ? new ParserOutput() : env.parser.parse(message, options);
  // Editing the doc page re-renders the module page.
  output.addTemplate(docTitle, doc?.revisionId ?? 0);
  return output;
}

export const scribuntoHandler: ContentHandler = {
  model: 'Scribunto',
  mimeType: 'text/plain',
  fillParserOutput(env, text, options) {
    const output = docOutput(env, options);
    let html = output.html;
    const problem = scribuntoProblem(text, options.title);
    if (problem) {
      html += `<div class="errorbox">${escapeHtml(problem.message)}</div>`;
      const category = contentMessage(env, 'scribunto-module-with-errors-category');
      const key = category === null ? null : env.titles.makeTitle(14, category)?.dbKey;
      if (key) {
        output.addCategory(key, '');
        output.trackingCategories.add(key);
      }
      output.addDiagnostic('scribunto-error-short', problem.message);
    }
    output.html = html + highlightSource(text, 'lua', 'mw-script');
    return output;
  },
  validateSave: (_env, text, title) => scribuntoProblem(text, title),
};
