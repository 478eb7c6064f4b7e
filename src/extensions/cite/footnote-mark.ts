/**
 * The footnote mark a <ref> leaves in the text (MediaWiki Cite's FootnoteMarkFormatter):
 * `<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup>`.
 * Groups with a `MediaWiki:Cite_link_label_group-GROUP` message use its labels instead of numbers.
 */
import type { AnchorFormatter } from './anchor-formatter.ts';
import type { ErrorReporter } from './error-reporter.ts';
import type { CiteHost } from './host.ts';
import type { Reference } from './reference-stack.ts';
import { citeMessages } from './messages.ts';
import { safeEncodeAttributeArmoured } from '../../sanitize/tag-attributes.ts';

/** Anchors and labels whose way through the recursive parse is known (letters, digits, '.', '-', '_'). */
const plainAnchor = /^[\p{L}\p{N}._-]+$/u;
const plainLabel = /^[\p{L}\p{N}.-]+(?: [\p{L}\p{N}.-]+)?$/u;
const magicLinkWord = /ISBN|RFC|PMID/;

/** What the default cite_reference_link parses to for plain anchors and labels (the id attribute armoured by the sanitizer). */
function defaultMark(id: string, target: string, label: string): string {
  return `<sup id="${safeEncodeAttributeArmoured(id)}" class="reference"><a href="#${target}">&#91;${label}&#93;</a></sup>`;
}

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
    const id = this.anchors.refKey(key, count);
    const target = this.anchors.referencesKey(key + subkey);
    const labelText = safeEncodeAttributeArmoured(label);
    const plain = plainAnchor.test(id) && plainAnchor.test(target) && !target.includes('__') && plainLabel.test(labelText)
      && !magicLinkWord.test(id + target + labelText);
    if (plain && this.defaultMarkParses === true) return defaultMark(id, target, labelText);
    const html = this.host.recursiveTagParse(this.host.msg('cite_reference_link', id, target, labelText));
    // The default message parses to a fixed shape for plain anchors and labels; once one mark of
    // this parse is seen to, later plain marks are filled in without a recursive parse.
    if (plain && this.defaultMarkParses === undefined) {
      this.defaultMarkParses = this.host.msg('cite_reference_link') === citeMessages.cite_reference_link && html === defaultMark(id, target, labelText);
    }
    return html;
  }

  /** Whether the default `cite_reference_link` was seen to parse to defaultMark (undefined until a plain mark is parsed). */
  private defaultMarkParses: boolean | undefined;

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
