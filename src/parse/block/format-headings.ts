/**
 * Section numbering, anchors and the table of contents (finalizeHeadings).
 */
import type { Pass } from '../pipeline.ts';

export const formatHeadings: Pass = {
  name: 'formatHeadings',
  run: (text) => text,
};
