/**
 * Paragraphs, lists, definition lists and indent-pre, line by line (doBlockLevels).
 */
import type { Pass } from '../pipeline.ts';

export const blockLevels: Pass = {
  name: 'blockLevels',
  run: (text) => text,
};
