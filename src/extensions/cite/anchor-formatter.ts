/**
 * Ids and link targets of footnote marks and reference-list entries (MediaWiki Cite's
 * AnchorFormatter): "cite_ref-NAME_KEY-COUNT" and "cite_note-NAME-KEY", escaped as fragment
 * ids and armoured against further wikitext parsing.
 */
import type { CiteHost } from './host.ts';
import { safeEncodeAttribute } from './safe-encode-attribute.ts';

export type FragmentMode = 'html5' | 'legacy';

export class AnchorFormatter {
  constructor(
    private readonly host: CiteHost,
    private readonly mode: FragmentMode = 'html5',
  ) {}

  /** The id of a footnote mark (and the target of a backlink). */
  refKey(key: string, num: string | null = null): string {
    const body = num === null ? key : this.host.msg('cite_reference_link_key_with_num', key, num);
    return this.normalize(this.host.msg('cite_reference_link_prefix') + body + this.host.msg('cite_reference_link_suffix'));
  }

  /** The id of a reference-list entry (and the target of a footnote mark). */
  referencesKey(key: string): string {
    return this.normalize(this.host.msg('cite_references_link_prefix') + key + this.host.msg('cite_references_link_suffix'));
  }

  private normalize(key: string): string {
    return safeEncodeAttribute(escapeIdForLink(key, this.mode).replace(/__+/g, '_'));
  }
}

/** Sanitizer::escapeIdForLink: a fragment id as it appears in a link target. */
export function escapeIdForLink(id: string, mode: FragmentMode): string {
  const cut = [...id].slice(0, 1024).join('');
  if (mode === 'legacy') {
    return encodeLegacy(cut.replace(/ /g, '_')).replace(/%3A/g, ':').replace(/%/g, '.');
  }
  return cut.replace(/[\t\n\f\r ]/g, '_').replace(/%([a-fA-F0-9]{2})/g, '%25$1');
}

/** PHP's urlencode without the space rule (spaces are gone by then). */
function encodeLegacy(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
