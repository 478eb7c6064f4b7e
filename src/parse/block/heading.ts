/**
 * == Heading == lines to <hN> with heading markers for the TOC pass (handleHeadings).
 */
import type { Pass } from '../pipeline.ts';

export const headings: Pass = {
  name: 'headings',
  run: (text) => text,
};
