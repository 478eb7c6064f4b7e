/**
 * Normalises entity and numeric character references in the output (Sanitizer::normalizeCharReferences).
 */
import type { Pass } from '../parse/pipeline.ts';
import { normalizeCharReferences as normalize } from './char-references.ts';

export const normalizeCharReferences: Pass = {
  name: 'normalizeCharReferences',
  run: (text) => normalize(text),
};
