/**
 * Ids and link targets of footnote marks and reference-list entries (MediaWiki Cite's
 * AnchorFormatter): "cite_ref-NAME_KEY-COUNT" and "cite_note-NAME-KEY", escaped as fragment
 * ids and armoured against further wikitext parsing.
 */
import type { CiteHost } from './host.ts';
import { escapeIdForLink, type FragmentMode } from '../../sanitize/escape-id.ts';
import { safeEncodeAttribute } from '../../sanitize/tag-attributes.ts';

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
