/**
 * The footnote mark a <ref> leaves in the text (MediaWiki Cite's FootnoteMarkFormatter):
 * `<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup>`.
 * Groups with a `MediaWiki:Cite_link_label_group-GROUP` message use its labels instead of numbers.
 */
import type { AnchorFormatter } from './anchor-formatter.ts';
import type { ErrorReporter } from './error-reporter.ts';
import type { CiteHost } from './host.ts';
import type { Reference } from './reference-stack.ts';
import { safeEncodeAttributeArmoured } from '../../sanitize/tag-attributes.ts';

export class FootnoteMarkFormatter {
  private readonly linkLabels = new Map<string, string[]>();

  constructor(
    private readonly host: CiteHost,
    private readonly errors: ErrorReporter,
    private readonly anchors: AnchorFormatter,
  ) {}

  /** The mark as half-parsed HTML. */
  linkRef(group: string, ref: Reference): string {
    const number = ref.number ?? 0;
    let label = this.customLabel(group, number);
    if (label === null) label = group === '' ? String(number) : `${group} ${number}`;
    if (ref.extendsIndex !== undefined) label += `.${ref.extendsIndex}`;

    const key = ref.name ?? String(ref.key);
    const count = ref.name ? `${ref.key}-${ref.count}` : null;
    const subkey = ref.name ? `-${ref.key}` : '';
    const wikitext = this.host.msg(
      'cite_reference_link',
      this.anchors.refKey(key, count),
      this.anchors.referencesKey(key + subkey),
      safeEncodeAttributeArmoured(label),
    );
    return this.host.recursiveTagParse(wikitext);
  }

  private customLabel(group: string, number: number): string | null {
    const message = `cite_link_label_group-${group}`;
    let labels = this.linkLabels.get(group);
    if (!labels) {
      labels = this.host.msgDisabled(message) ? [] : this.host.msg(message).split(/\s+/);
      this.linkLabels.set(group, labels);
    }
    if (labels.length === 0) return null;
    return labels[number - 1] ?? this.errors.plain('cite_error_no_link_label_group', group, message);
  }
}
