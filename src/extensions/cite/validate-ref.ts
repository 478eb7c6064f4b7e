/**
 * The rules a <ref> must follow, inside and outside <references> (MediaWiki Cite's
 * Cite::validateRef). Returns the first error found, or null.
 */
import type { CiteError } from './cite.ts';
import type { RefArguments, ReferenceStack } from './reference-stack.ts';
import { safeEncodeAttribute } from '../../sanitize/tag-attributes.ts';

export interface RefContext {
  stack: ReferenceStack;
  /** The group of the enclosing <references>, or null outside one. */
  inReferencesGroup: string | null;
  isSectionPreview: boolean;
  bookReferencing: boolean;
}

const isDigits = (value: string | null): boolean => value !== null && /^[0-9]+$/.test(value);

/** PHP truthiness of an optional attribute value ('' and '0' are false). */
const given = (value: string | null): value is string => value !== null && value !== '' && value !== '0';

export function validateRef(text: string | null, args: RefArguments, ctx: RefContext): CiteError | null {
  const { group, name, follow, dir } = args;
  const extendsName = args.extends;
  if (isDigits(name) || isDigits(extendsName) || isDigits(follow)) return ['cite_error_ref_numeric_key'];

  if (given(extendsName)) {
    if (!ctx.bookReferencing) return ['cite_error_ref_too_many_keys'];
    const refs = ctx.stack.getGroupRefs(group);
    const own = refs.get(name ?? '');
    const parent = refs.get(extendsName);
    if (own && own.extends === undefined) return ['cite_error_references_duplicate_key', name ?? ''];
    if (parent?.extends !== undefined) return ['cite_error_ref_nested_extends', extendsName, parent.extends];
  }

  if (given(follow) && (given(name) || given(extendsName))) return ['cite_error_ref_too_many_keys'];

  if (dir !== null && !['ltr', 'rtl'].includes(dir.toLowerCase())) return ['cite_error_ref_invalid_dir', dir];

  return ctx.inReferencesGroup === null
    ? validateOutsideReferences(text, name)
    : validateInReferences(text, group, name, ctx.inReferencesGroup, ctx);
}

function validateOutsideReferences(text: string | null, name: string | null): CiteError | null {
  if (!given(name)) {
    if (text === null) return ['cite_error_ref_no_key'];
    if (phpTrim(text) === '') return ['cite_error_ref_no_input'];
  }
  // An unclosed <ref> swallows the rest of the page up to the next <ref>: report it
  // instead. Tags with their content and comments are removed first so that <nowiki>,
  // <pre> and the like do not count.
  if (text !== null) {
    const stripped = text.replace(/<(\w+)[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/g, '');
    if (/<ref(erences)?\b[^>]*>/i.test(stripped)) return ['cite_error_included_ref'];
  }
  return null;
}

function validateInReferences(
  text: string | null,
  group: string,
  name: string | null,
  referencesGroup: string,
  ctx: RefContext,
): CiteError | null {
  if (group !== referencesGroup) return ['cite_error_references_group_mismatch', safeEncodeAttribute(group)];
  if (!given(name)) return ['cite_error_references_no_key'];
  if (text === null || phpTrim(text) === '') {
    return ['cite_error_empty_references_define', safeEncodeAttribute(name), safeEncodeAttribute(group)];
  }
  if (!ctx.isSectionPreview) {
    if (!ctx.stack.hasGroup(group)) {
      return ['cite_error_references_missing_group', safeEncodeAttribute(group), safeEncodeAttribute(name)];
    }
    if (!ctx.stack.getGroupRefs(group).has(name)) return ['cite_error_references_missing_key', safeEncodeAttribute(name)];
  }
  return null;
}

/** PHP's trim(): spaces, tabs, line breaks, NUL and vertical tab. */
export function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}
