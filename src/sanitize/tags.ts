/**
 * The HTML elements wikitext may contain, as data (MediaWiki 1.39's recognised tag lists).
 * One allowlist serves the inline pass (literal tags in wikitext) and the final HTML check.
 */

/** Elements that need a close tag. */
export const pairedTags: ReadonlySet<string> = new Set([
  'b', 'bdi', 'del', 'i', 'ins', 'u', 'font', 'big', 'small', 'sub', 'sup', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'cite', 'code', 'em', 's', 'strike', 'strong', 'tt', 'var', 'div', 'center',
  'blockquote', 'ol', 'ul', 'dl', 'table', 'caption', 'pre', 'ruby', 'rb', 'rp', 'rt', 'rtc', 'p',
  'span', 'abbr', 'dfn', 'kbd', 'samp', 'data', 'time', 'mark',
]);

/** Elements that may be written self-closed (`<li/>` becomes `<li></li>`). */
export const singleTags: ReadonlySet<string> = new Set(['br', 'wbr', 'hr', 'li', 'dt', 'dd', 'meta', 'link']);

/** Void elements: never have a close tag. */
export const singleOnlyTags: ReadonlySet<string> = new Set(['br', 'wbr', 'hr', 'meta', 'link']);

/** Elements that may nest inside themselves. */
export const nestableTags: ReadonlySet<string> = new Set([
  'table', 'tr', 'td', 'th', 'div', 'blockquote', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'font', 'big',
  'small', 'sub', 'sup', 'span', 'var', 'kbd', 'samp', 'em', 'strong', 'q', 'ruby', 'bdo',
]);

/** Every element allowed in wikitext. */
export const allowedTags: ReadonlySet<string> = new Set([...singleTags, ...pairedTags, ...nestableTags]);
