/**
 * Expands templates, arguments, parser functions and extension tags (MediaWiki's replaceVariables).
 */
import type { Pass } from '../parse/pipeline.ts';

export const preprocess: Pass = {
  name: 'preprocess',
  run: (text) => text,
};
