/**
 * [[Target|text]] links, categories, interwiki and language links, files (handleInternalLinks).
 */
import type { Pass } from '../pipeline.ts';

export const internalLinks: Pass = {
  name: 'internalLinks',
  run: (text) => text,
};
