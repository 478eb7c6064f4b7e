/**
 * Free URLs and ISBN/RFC/PMID magic links (handleMagicLinks).
 */
import type { Pass } from '../pipeline.ts';

export const magicLinks: Pass = {
  name: 'magicLinks',
  run: (text) => text,
};
