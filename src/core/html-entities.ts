/**
 * HTML escaping and character references, for every stage. Decoding follows MediaWiki
 * 1.39's Sanitizer (HTML5 named entities, MediaWiki's aliases, numeric references).
 */
export { decodeCharReferences } from '../sanitize/char-references.ts';

/** Escapes text for an HTML text node or double-quoted attribute (htmlspecialchars). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** htmlspecialchars with ENT_NOQUOTES (Html::element's text): & < > only. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** htmlspecialchars with ENT_QUOTES: as escapeHtml, and ' as &#039;. */
export function escapeHtmlQuotes(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#039;'));
}
