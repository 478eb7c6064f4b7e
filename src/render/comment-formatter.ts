/**
 * Edit summaries as HTML (MediaWiki's Linker::formatComment): the text is escaped (character
 * references kept), `/* section *\/` autocomments become section links, and `[[links]]`
 * become links; no other wiki markup is read.
 */
import type { DataAccess } from '../core/data-access.ts';
import { NS_SPECIAL } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';
import { normalizeSectionName, normalizeSectionNameWhitespace } from '../parse/block/heading-text.ts';
import { rawUrlDecode } from '../parse/inline/link-text.ts';
import { isKnownSpecialPage } from '../parse/inline/special-pages.ts';
import { normalizeSubpageLink } from '../parse/inline/subpage-link.ts';
import { decodeCharReferences } from '../sanitize/char-references.ts';
import { makeLink, splitTrail, type LinkEnv } from './linker.ts';

export interface CommentEnv extends LinkEnv {
  data: Pick<DataAccess, 'pageExists'>;
}

export interface CommentOptions {
  /** The page the summary belongs to: section links and `[[#anchor]]` point into it. */
  title?: Title | null;
  /** Section links point into the page being shown (`#anchor`), as on a diff. */
  local?: boolean;
}

/** The arrow and left-to-right mark before an autocomment's section name. */
const sectionArrow = '→\u200E';
/** MediaWiki's colon-separator message, between an autocomment and the text after it. */
const colonSeparator = ': ';

/** Sanitizer::escapeHtmlAllowEntities: character references decoded, then all escaped. */
function escapeHtmlAllowEntities(text: string): string {
  return decodeCharReferences(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' })[c]!);
}

/** The edit summary `comment` as HTML. */
export function formatComment(env: CommentEnv, comment: string, options: CommentOptions = {}): string {
  const text = escapeHtmlAllowEntities(comment.replace(/[\n\x1b]/g, ' '));
  const { html, append } = formatAutocomments(env, text, options);
  return formatLinksInComment(env, html, options) + append;
}

/** A section name as typed in an autocomment, as the fragment of a link. */
function autocommentFragment(section: string): string {
  const stripped = section.replace(/\[\[:?|\]\]/g, '');
  return normalizeSectionName(decodeCharReferences(normalizeSectionNameWhitespace(stripped)));
}

/** `/* section *\/` → a section link in `<span class="autocomment">`; each opens a `dir="auto"` span closed at the end. */
function formatAutocomments(env: CommentEnv, text: string, { title, local }: CommentOptions): { html: string; append: string } {
  let append = '';
  const html = text.replace(/\/\*\s*(.*?)\s*\*\//g, (m: string, section: string, offset: number) => {
    const post = offset + m.length < text.length;
    let auto = section;
    if (title) {
      const fragment = autocommentFragment(section);
      if (fragment !== '') {
        const target = local ? env.titles.makeTitle(0, '', fragment) : title.withFragment(fragment);
        if (target) auto = makeLink(env, target, true, sectionArrow + auto);
      }
    }
    if (post) auto += colonSeparator;
    append += '</span>';
    // Brackets in the section name must not become links in the link pass.
    return `<span dir="auto"><span class="autocomment">${auto}</span>`.replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  });
  return { html, append };
}

/** Whether a link to `target` is blue. */
function isKnown(env: CommentEnv, target: Title): boolean {
  if (target.isExternal || target.dbKey === '') return true;
  if (target.ns === NS_SPECIAL) return isKnownSpecialPage(target.dbKey);
  return env.data.pageExists(target);
}

const linkPattern = /\[\[(?=(\s*))\1:?([^[\]|]+)(?:\|((?:\]?[^\]])*))?\]\]([^[]*)/g;

/** `[[target|text]]trail` → links; media links and everything else stay as text. */
function formatLinksInComment(env: CommentEnv, text: string, { title, local }: CommentOptions): string {
  return text.replace(linkPattern, (whole, _ws: string, rawTarget: string, rawText: string | undefined, after: string) => {
    let target = rawTarget.includes('%') ? rawUrlDecode(rawTarget).replace(/</g, '&lt;').replace(/>/g, '&gt;') : rawTarget;
    let linkText = rawText ? rawText : target;
    if (/^media:/i.test(target)) return whole;
    if (target.startsWith(':')) target = target.slice(1);
    if (target === '') return whole;
    const [inside] = splitTrail(after, env.config.wgLanguageCode);
    if (title && env.titles.namespaces.hasSubpages(title.ns)) {
      ({ target, text: linkText } = normalizeSubpageLink(title.prefixedText, target, linkText));
    }
    let nt = env.titles.parse(target);
    if (!nt) return whole;
    if (nt.dbKey === '' && !nt.isExternal && !local && title) nt = title.withFragment(nt.fragment);
    const link = makeLink(env, nt, isKnown(env, nt), linkText + inside);
    const first = /\[\[.*?\]\]/.exec(whole)!;
    const end = first.index + first[0].length;
    if (!whole.startsWith(inside, end)) return whole;
    return whole.slice(0, first.index) + link + whole.slice(end + inside.length);
  });
}
