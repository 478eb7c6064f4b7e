/**
 * Balancing the tags of a title set by a -{T|}- rule (the part of MediaWiki's
 * Sanitizer::removeSomeTags a title needs once the parser has already sanitized it):
 * unclosed elements are closed and character references become characters, as an HTML
 * fragment parsed and serialized again.
 */
import { parseFragment, serialize } from 'parse5';

export function removeSomeTags(html: string): string {
  // An ampersand that starts no complete character reference is text.
  const escaped = html.replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)/g, '&amp;');
  return serialize(parseFragment(escaped)).replace(/&nbsp;/g, '&#160;');
}
