/**
 * Sanitizer::mergeAttributes: the attributes of `a`, then those of `b` (later values win,
 * new names are added at the end); when both have a class, the class lists are combined
 * without repeats.
 */
import type { Attributes } from './tag-attributes.ts';

export function mergeAttributes(a: Attributes, b: Attributes): Attributes {
  const out: Attributes = new Map(a);
  for (const [name, value] of b) out.set(name, value);
  const classA = a.get('class');
  const classB = b.get('class');
  if (classA !== undefined && classB !== undefined && classA !== classB) {
    out.set('class', [...new Set(`${classA} ${classB}`.split(/\s+/).filter((c) => c !== ''))].join(' '));
  }
  return out;
}
