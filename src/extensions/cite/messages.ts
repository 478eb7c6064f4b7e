/**
 * The Cite extension's interface messages (English), under MediaWiki's message keys. A wiki
 * may override any of them with a page in the MediaWiki: namespace, as in MediaWiki.
 */
export const citeMessages: Record<string, string> = {
  cite_error: 'Cite error: $1',
  cite_warning: 'Cite warning: $1',
  cite_error_ref_invalid_dir: 'Invalid <code>dir="$1"</code>, must be <code>ltr</code> or <code>rtl</code>',
  cite_error_ref_numeric_key:
    'Invalid <code>&lt;ref&gt;</code> tag; name cannot be a simple integer. Use a descriptive title',
  cite_error_ref_no_key: 'The opening <code>&lt;ref&gt;</code> tag is malformed or has a bad name',
  cite_error_ref_too_many_keys: 'Invalid <code>&lt;ref&gt;</code> tag; invalid names, e.g. too many',
  cite_error_ref_nested_extends: 'Extending <code>&lt;ref&gt;</code> tags more than one level deep is not allowed',
  cite_error_ref_no_input: 'Invalid <code>&lt;ref&gt;</code> tag; refs with no name must have content',
  cite_error_references_duplicate_key:
    'Invalid <code>&lt;ref&gt;</code> tag; name "$1" defined multiple times with different content',
  cite_error_references_invalid_parameters: 'Invalid parameter in <code>&lt;references&gt;</code> tag',
  cite_error_references_no_backlink_label:
    'Ran out of custom backlink labels. Define more in the [[MediaWiki:Cite references link many format backlink labels]] message.',
  cite_error_no_link_label_group:
    'Ran out of custom link labels for group "$1". Define more in the [[MediaWiki:$2]] message.',
  cite_error_references_no_text:
    'Invalid <code>&lt;ref&gt;</code> tag; no text was provided for refs named <code>$1</code>',
  cite_error_included_ref: 'Closing <code>&lt;/ref&gt;</code> missing for <code>&lt;ref&gt;</code> tag',
  cite_error_included_references: 'Closing tag missing for <code>&lt;references&gt;</code>',
  cite_error_group_refs_without_references:
    '<code>&lt;ref&gt;</code> tags exist for a group named "$1", but no corresponding <code>&lt;references group="$1"/&gt;</code> tag was found',
  cite_error_references_group_mismatch:
    '<code>&lt;ref&gt;</code> tag in <code>&lt;references&gt;</code> has conflicting group attribute "$1".',
  cite_error_references_missing_group:
    '<code>&lt;ref&gt;</code> tag with name "$2" defined in <code>&lt;references&gt;</code> has group attribute "$1" which does not appear in prior text.',
  cite_error_references_missing_key:
    '<code>&lt;ref&gt;</code> tag with name "$1" defined in <code>&lt;references&gt;</code> is not used in prior text.',
  cite_error_references_no_key: '<code>&lt;ref&gt;</code> tag defined in <code>&lt;references&gt;</code> has no name attribute.',
  cite_error_empty_references_define:
    '<code>&lt;ref&gt;</code> tag with name "$1" defined in <code>&lt;references&gt;</code> group "$2" has no content.',
  cite_warning_sectionpreview_no_text:
    '<code>&lt;ref&gt;</code> tag with name <code>$1</code> cannot be previewed because it is defined outside the current section or not defined at all.',
  'cite-tracking-category-cite-error': 'Pages with reference errors',
  cite_reference_link_key_with_num: '$1_$2',
  cite_reference_link_prefix: 'cite_ref-',
  cite_reference_link_suffix: '',
  cite_references_link_prefix: 'cite_note-',
  cite_references_link_suffix: '',
  cite_reference_link: '<sup id="$1" class="reference">[[#$2|&#91;$3&#93;]]</sup>',
  cite_references_no_link: '<p id="$1">$2</p>',
  cite_references_link_one: '<li id="$1"$4><span class="mw-cite-backlink">[[#$2|↑]]</span> $3</li>',
  cite_references_link_many: '<li id="$1"$4><span class="mw-cite-backlink">↑ $2</span> $3</li>',
  cite_references_link_many_format: '<sup>[[#$1|$2]]</sup>',
  cite_references_link_many_format_backlink_labels: backlinkLabels(),
  cite_references_link_many_sep: '&#32;',
  cite_references_link_many_and: '&#32;',
};

/** "a b c … z aa ab … zz", the default alternative backlink labels. */
function backlinkLabels(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  return [...letters, ...letters.flatMap((a) => letters.map((b) => a + b))].join(' ');
}

/** Replaces $1, $2, … in a message text with the parameters (MediaWiki's Message::plain()). */
export function formatMessage(text: string, params: readonly string[]): string {
  return text.replace(/\$(\d+)/g, (whole, n: string) => {
    const value = params[Number(n) - 1];
    return value === undefined ? whole : value;
  });
}
