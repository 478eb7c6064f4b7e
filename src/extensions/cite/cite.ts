/**
 * The per-page state of the Cite extension and its two tags (MediaWiki Cite's Cite class):
 * `<ref>` registers a reference and leaves a footnote mark; `<references>` shows a group's
 * list (and defines list-defined references inside it); at the end of the page, refs whose
 * group got no list are listed (default group) or reported (other groups).
 */
import { AnchorFormatter } from './anchor-formatter.ts';
import { ErrorReporter } from './error-reporter.ts';
import { FootnoteMarkFormatter } from './footnote-mark.ts';
import type { CiteHost } from './host.ts';
import { ReferenceStack, type RefArguments } from './reference-stack.ts';
import { ReferencesFormatter } from './references-formatter.ts';
import { safeEncodeAttribute } from '../../sanitize/tag-attributes.ts';
import { phpTrim, validateRef, type RefContext } from './validate-ref.ts';

export const DEFAULT_GROUP = '';

/** An error: a message key and its parameters. */
export type CiteError = [key: string, ...params: string[]];

const REF_ATTRIBUTES = ['group', 'name', 'extends', 'follow', 'dir'];
const REFERENCES_ATTRIBUTES = ['group', 'responsive'];

export class Cite {
  readonly errors: ErrorReporter;
  readonly stack: ReferenceStack;
  private readonly footnoteMarks: FootnoteMarkFormatter;
  private readonly referencesFormatter: ReferencesFormatter;
  /** True while a <ref> is being processed (a <ref> inside a <ref> is shown as text). */
  private inCite = false;
  /** The group of the <references> being processed, or null outside one ('' is a group). */
  private inReferencesGroup: string | null = null;
  /** Errors from refs defined inside <references>, shown after the list. */
  private referencesErrors: string[] = [];

  constructor(
    readonly host: CiteHost,
    /** Called when a ref uses `extends` (MediaWiki sets the "ref-extends" page property). */
    private readonly onExtends: () => void = () => {},
  ) {
    this.errors = new ErrorReporter(host);
    this.stack = new ReferenceStack(this.errors, (text) => host.unstripBoth(text));
    const anchors = new AnchorFormatter(host, host.fragmentMode);
    this.footnoteMarks = new FootnoteMarkFormatter(host, this.errors, anchors);
    this.referencesFormatter = new ReferencesFormatter(host, this.errors, anchors);
  }

  /** The <ref> tag: half-parsed HTML, or null when a <ref> is not allowed here. */
  ref(text: string | null, attrs: Record<string, string>): string | null {
    if (this.inCite) return null;
    this.inCite = true;
    try {
      return this.guardedRef(text, attrs);
    } finally {
      this.inCite = false;
    }
  }

  private guardedRef(rawText: string | null, attrs: Record<string, string>): string {
    if ('extends' in attrs) this.onExtends();
    const { values, error } = parseArguments(attrs, REF_ATTRIBUTES, 'cite_error_ref_too_many_keys');
    const args: RefArguments = {
      group: values.group ?? this.inReferencesGroup ?? DEFAULT_GROUP,
      name: values.name,
      extends: values.extends,
      follow: values.follow,
      dir: values.dir,
    };
    const context: RefContext = {
      stack: this.stack,
      inReferencesGroup: this.inReferencesGroup,
      isSectionPreview: this.host.isSectionPreview,
      bookReferencing: this.host.bookReferencing,
    };
    const errors: CiteError[] = error ? [error] : [];
    const invalid = validateRef(rawText, args, context);
    if (invalid) errors.push(invalid);

    if (errors.length > 0 && this.inReferencesGroup !== null) {
      for (const [key, ...params] of errors) this.referencesErrors.push(this.errors.halfParsed(key, ...params));
      return '';
    }

    const text = rawText !== null && phpTrim(rawText) === '' ? null : rawText;
    if (this.inReferencesGroup !== null) {
      this.defineInReferences(args.group, args.name ?? '', text);
      return '';
    }
    if (errors.length > 0) {
      this.stack.pushInvalidRef();
      const [key, ...params] = errors[0];
      return this.errors.halfParsed(key, ...params);
    }
    const ref = this.stack.pushRef(text, attrs, args);
    return ref ? this.footnoteMarks.linkRef(args.group, ref) : '';
  }

  /** A list-defined reference: gives its text to the ref of that name used earlier. */
  private defineInReferences(group: string, name: string, text: string | null): void {
    if (text === null) return;
    const existing = this.stack.getGroupRefs(group).get(name);
    if (existing?.text === null || existing?.text === undefined) {
      this.stack.appendText(group, name, text);
    } else if (existing.text !== text) {
      this.stack.appendText(group, name, ' ' + this.errors.plain('cite_error_references_duplicate_key', name));
    }
  }

  /** The <references> tag: half-parsed HTML, or null when not allowed here. */
  references(text: string | null, attrs: Record<string, string>): string | null {
    if (this.inCite || this.inReferencesGroup !== null) return null;
    try {
      return this.guardedReferences(text, attrs);
    } finally {
      this.inReferencesGroup = null;
    }
  }

  private guardedReferences(text: string | null, attrs: Record<string, string>): string {
    const { values, error } = parseArguments(attrs, REFERENCES_ATTRIBUTES, 'cite_error_references_invalid_parameters');
    this.inReferencesGroup = values.group ?? DEFAULT_GROUP;

    if (text !== null && phpTrim(text) !== '') {
      const prefix = this.host.markerPrefix;
      if (text.includes(`${prefix}-references-`)) return this.errors.halfParsed('cite_error_included_references');
      // Refs already expanded before the tag saw them (e.g. {{#tag:references|…}}) are the
      // latest calls: undo them and run them again as list-defined references.
      const count = text.split(`${prefix}-ref-`).length - 1;
      for (const call of this.stack.rollbackRefs(count)) this.guardedRef(call.text, call.attrs);
      this.host.recursiveTagParse(text);
    }

    if (error) return this.errors.halfParsed(...error);

    let html = this.formatReferences(this.inReferencesGroup, values.responsive);
    if (this.referencesErrors.length > 0) {
      html += '\n' + this.referencesErrors.join('<br />\n');
      this.referencesErrors = [];
    }
    return html;
  }

  private formatReferences(group: string, responsive: string | null = null): string {
    return this.referencesFormatter.formatReferences(
      this.stack.popGroup(group),
      responsive !== null ? responsive !== '0' : this.host.responsiveReferences,
      this.host.isSectionPreview,
    );
  }

  /** What the end of the page gets: lists for refs whose group had no <references> ('' if none). */
  checkRefsNoReferences(): string {
    let out = '';
    for (const group of this.stack.getGroups()) {
      if (group === DEFAULT_GROUP || this.host.isSectionPreview) {
        out += this.formatReferences(group);
      } else {
        out += '<br />' + this.errors.halfParsed('cite_error_group_refs_without_references', safeEncodeAttribute(group));
      }
    }
    return out !== '' ? '\n' + out : '';
  }
}

/**
 * Picks the known attributes; any other attribute is an error (the values are still used).
 */
function parseArguments(
  attrs: Record<string, string>,
  allowed: string[],
  errorKey: string,
): { values: Record<string, string | null>; error: CiteError | null } {
  const values: Record<string, string | null> = {};
  for (const name of allowed) values[name] = Object.hasOwn(attrs, name) ? attrs[name] : null;
  const unknown = Object.keys(attrs).some((name) => !allowed.includes(name));
  return { values, error: unknown ? [errorKey] : null };
}
