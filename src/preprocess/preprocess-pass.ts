/**
 * The first pass: expands templates, arguments, parser functions and extension tags
 * (MediaWiki's replaceVariables), and renders a limit that stops the parse as an error.
 */
import { LimitExceededError } from '../core/limits.ts';
import type { Pass } from '../parse/pipeline.ts';

export const preprocess: Pass = {
  name: 'preprocess',
  run(text, ctx) {
    try {
      return ctx.replaceVariables(text);
    } catch (err) {
      if (!(err instanceof LimitExceededError)) throw err;
      ctx.output.addDiagnostic(`limit-${err.limit}`, err.message);
      return `<strong class="error">${err.message}</strong>`;
    }
  },
};
