/**
 * Turns section names and user ids into HTML ids and URL fragments (Sanitizer::escapeIdFor*).
 */
export type FragmentMode = 'html5' | 'legacy';

const plainUrlChars = /^[A-Za-z0-9_.-]*$/;

/** PHP's urlencode: spaces as '+', only alphanumerics and `-_.` left as they are. */
export function phpUrlencode(s: string): string {
  // Letters, digits and `-_.` are left as they are by both; most titles and ids are only these.
  if (plainUrlChars.test(s)) return s;
  return encodeURIComponent(s)
    .replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '+');
}

function escapeIdInternal(id: string, mode: FragmentMode): string {
  // Cut at 1024 code points; a string of at most 1024 UTF-16 units has no more than that.
  if (id.length > 1024) {
    const chars = [...id];
    if (chars.length > 1024) id = chars.slice(0, 1024).join('');
  }
  if (mode === 'html5') return id.replace(/[\t\n\f\r ]/g, '_');
  return phpUrlencode(id.replace(/ /g, '_')).replace(/%3A/g, ':').replace(/%/g, '.');
}

/** An id attribute value in the given mode (html5 by default). */
export function escapeIdForAttribute(id: string, mode: FragmentMode = 'html5'): string {
  return escapeIdInternal(id, mode);
}

/** A URL fragment for a local link; in html5 mode percent signs are escaped. */
export function escapeIdForLink(id: string, mode: FragmentMode = 'html5'): string {
  const out = escapeIdInternal(id, mode);
  return mode === 'html5' ? out.replace(/%([a-fA-F0-9]{2})/g, '%25$1') : out;
}

/** A URL fragment for a link to another wiki ($wgExternalInterwikiFragmentMode, legacy). */
export function escapeIdForExternalInterwiki(id: string, mode: FragmentMode = 'legacy'): string {
  return escapeIdForLink(id, mode);
}

/** Escapes each id of a space-separated list (aria-labelledby and friends). */
export function escapeIdReferenceList(list: string, mode: FragmentMode = 'html5'): string {
  return list.split(/\s+/).filter((s) => s !== '').map((s) => escapeIdForAttribute(s, mode)).join(' ');
}
