/**
 * The reference list a <references /> tag (or the end of the page) shows (MediaWiki Cite's
 * ReferencesFormatter). It is built as wikitext — `<ol class="references">` with one `<li>`
 * per reference, backlinks as `[[#cite_ref-…|↑]]` — and parsed recursively, so the
 * reference texts are parsed in the page's context.
 */
import type { AnchorFormatter } from './anchor-formatter.ts';
import type { ErrorReporter } from './error-reporter.ts';
import type { CiteHost } from './host.ts';
import type { GroupRefs, Reference } from './reference-stack.ts';

/** More references than this get the `mw-references-columns` class. */
const COLUMNS_THRESHOLD = 10;

export class ReferencesFormatter {
  private backlinkLabels: string[] | null = null;

  constructor(
    private readonly host: CiteHost,
    private readonly errors: ErrorReporter,
    private readonly anchors: AnchorFormatter,
  ) {}

  /** The list as half-parsed HTML ('' for an empty group). */
  formatReferences(refs: GroupRefs, responsive: boolean, isSectionPreview: boolean): string {
    if (refs.size === 0) return '';
    const wikitext = this.formatRefsList(refs, isSectionPreview);
    const html = this.host.recursiveTagParse(wikitext).replace(/\n+$/, '');
    if (!responsive) return html;
    const classes = refs.size > COLUMNS_THRESHOLD ? 'mw-references-wrap mw-references-columns' : 'mw-references-wrap';
    return `<div class="${classes}">${html}</div>`;
  }

  /** The `<ol class="references">` wikitext; sub-references sit in a nested list under their parent. */
  formatRefsList(refs: GroupRefs, isSectionPreview: boolean): string {
    const sorted = [...refs].sort(
      ([, a], [, b]) => (a.number ?? 0) - (b.number ?? 0) || (a.extendsIndex ?? 0) - (b.extendsIndex ?? 0),
    );
    let out = '\n';
    let indented: string | boolean = false;
    for (const [key, ref] of sorted) {
      let item = ref;
      const parent = ref.extends !== undefined ? refs.get(ref.extends) : undefined;
      if (ref.extends !== undefined && parent?.extends !== undefined) {
        const error = this.errors.plain('cite_error_ref_nested_extends', ref.extends, parent.extends);
        item = { ...ref, text: `${ref.text ?? ''} ${error}` };
      }
      if (!indented && item.extends !== undefined) {
        const closing = /<\/li>\s*$/.exec(out);
        if (closing) out = out.slice(0, closing.index);
        out += '<ol class="mw-extended-references">';
        indented = closing ? closing[0] : true;
      } else if (indented && item.extends === undefined) {
        out += closeIndention(indented);
        indented = false;
      }
      out += this.formatListItem(key, item, isSectionPreview) + '\n';
    }
    out += closeIndention(indented);
    return `<ol class="references">${out}</ol>`;
  }

  private formatListItem(listKey: string, ref: Reference, isSectionPreview: boolean): string {
    const key = listKey.startsWith('\u0000') ? String(ref.key) : listKey;
    const text = this.referenceText(key, ref.text, isSectionPreview);
    const extraAttributes = ref.dir !== null ? ` class="mw-cite-dir-${ref.dir.toLowerCase()}"` : '';

    if (ref.follow !== undefined) {
      return this.host.msg('cite_references_no_link', this.anchors.referencesKey(ref.follow), text);
    }
    const count = ref.placeholder ? undefined : ref.count;
    const refKey = ref.placeholder ? '' : String(ref.key);
    if (count !== undefined && count < 1) {
      const anonymous = count < 0;
      const id = anonymous ? refKey : `${key}-${refKey}`;
      const backlinkId = anonymous ? this.anchors.refKey(refKey) : this.anchors.refKey(key, `${refKey}-${count}`);
      return this.host.msg('cite_references_link_one', this.anchors.referencesKey(id), backlinkId, text, extraAttributes);
    }

    const base = `${ref.number ?? ''}${ref.extendsIndex !== undefined ? `.${ref.extendsIndex}` : ''}`;
    const backlinks: string[] = [];
    for (let i = 0; i <= (count ?? -1); i++) {
      backlinks.push(
        this.host.msg(
          'cite_references_link_many_format',
          this.anchors.refKey(key, `${refKey}-${i}`),
          numericBacklinkLabel(base, i, count ?? 0, this.host.decimalSeparator),
          this.alternateBacklinkLabel(i),
        ),
      );
    }
    return this.host.msg(
      'cite_references_link_many',
      this.anchors.referencesKey(`${key}-${refKey}`),
      this.listToText(backlinks),
      text,
      extraAttributes,
    );
  }

  private referenceText(key: string, text: string | null, isSectionPreview: boolean): string {
    if (text === null) {
      return this.errors.plain(isSectionPreview ? 'cite_warning_sectionpreview_no_text' : 'cite_error_references_no_text', key);
    }
    return `<span class="reference-text">${text.replace(/\n+$/, '')}</span>\n`;
  }

  private alternateBacklinkLabel(offset: number): string {
    this.backlinkLabels ??= this.host.msg('cite_references_link_many_format_backlink_labels').split(/\s+/);
    return this.backlinkLabels[offset] ?? this.errors.plain('cite_error_references_no_backlink_label');
  }

  private listToText(items: string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    const last = items[items.length - 1];
    // The default separators are "&#32;"; MediaWiki's output has a plain space there.
    const sep = this.host.msg('cite_references_link_many_sep').replace(/&#32;/g, ' ');
    const and = this.host.msg('cite_references_link_many_and').replace(/&#32;/g, ' ');
    return items.slice(0, -1).join(sep) + and + last;
  }
}

/** "1.0", "1.1", … with the offset padded to the width of the highest one ("2.07"). */
export function numericBacklinkLabel(base: string, offset: number, max: number, separator = '.'): string {
  return `${base}${separator}${String(offset).padStart(String(max).length, '0')}`;
}

function closeIndention(closing: string | boolean): string {
  if (!closing) return '';
  return '</ol>' + (typeof closing === 'string' ? closing : '');
}
