/**
 * `<pre>` (MediaWiki's CoreTagHooks::pre): like nowiki inside (tags escaped, entities and
 * strip markers kept, inner <nowiki> tags dropped), wrapped in a <pre> element with the
 * attributes <pre> may have.
 */
import type { TagHook } from '../extension.ts';
import { validateTagAttributes } from '../../sanitize/tag-attributes.ts';
import { rawElement } from '../../render/html.ts';

export const pre: TagHook = (content, attrs) => {
  const inner = (content ?? '').replace(/<nowiki>([\s\S]*?)<\/nowiki>/gi, '$1').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
  const valid = validateTagAttributes(new Map(Object.entries(attrs)), 'pre');
  return rawElement('pre', Object.fromEntries(valid), inner);
};
