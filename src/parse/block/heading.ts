/**
 * == Heading == lines to <hN> (handleHeadings). The heading marker the preprocessor put
 * after the leading '=' stays inside, for formatHeadings to number the section.
 */
import type { Pass } from '../pipeline.ts';

const patterns = [6, 5, 4, 3, 2, 1].map((level) => {
  const eq = '='.repeat(level);
  // Only spaces and tabs are trimmed inside; a heading may swallow the line break after it.
  return { level, re: new RegExp(`^${eq}[ \\t]*([^\\n]+?)[ \\t]*${eq}[ \\t\\n\\v\\f\\r]*$`, 'gm') };
});

export function handleHeadings(text: string): string {
  let out = text;
  for (const { level, re } of patterns) out = out.replace(re, `<h${level}>$1</h${level}>`);
  return out;
}

export const headings: Pass = {
  name: 'headings',
  run: (text) => handleHeadings(text),
};
