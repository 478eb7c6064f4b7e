/**
 * [http://x text] and free URLs (handleExternalLinks).
 */
import type { Pass } from '../pipeline.ts';

export const externalLinks: Pass = {
  name: 'externalLinks',
  run: (text) => text,
};
