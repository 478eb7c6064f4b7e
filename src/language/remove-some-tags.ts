/**
 * Balancing the tags of a title set by a -{T|}- rule (the part of MediaWiki's
 * Sanitizer::removeSomeTags a title needs once the parser has already sanitized it):
 * unclosed elements are closed and character references become characters, as an HTML
 * fragment parsed and serialized again.
 */
import { parseFragment, serialize } from 'parse5';

export function removeSomeTags(html: string): string {
  return serialize(parseFragment(html)).replace(/&nbsp;/g, '&#160;');
}
