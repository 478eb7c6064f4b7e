/**
 * Lines starting with ---- become <hr /> (the rest of the line stays after it).
 */
import type { Pass } from '../pipeline.ts';

export function horizontalRules(text: string): string {
  return text.replace(/(^|\n)-----*/g, '$1<hr />');
}

export const horizontalRule: Pass = {
  name: 'horizontalRule',
  run: (text) => horizontalRules(text),
};
