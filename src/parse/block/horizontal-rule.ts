/**
 * Lines starting with ---- become <hr />.
 */
import type { Pass } from '../pipeline.ts';

export const horizontalRule: Pass = {
  name: 'horizontalRule',
  run: (text) => text,
};
