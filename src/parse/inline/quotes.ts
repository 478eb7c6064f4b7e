/**
 * '' and ''' to <i> and <b> by MediaWiki's apostrophe algorithm (handleAllQuotes).
 */
import type { Pass } from '../pipeline.ts';

export const quotes: Pass = {
  name: 'quotes',
  run: (text) => text,
};
