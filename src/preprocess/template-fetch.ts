/**
 * Template source for transclusion (MediaWiki's Parser::fetchTemplateAndTitle and
 * getTemplateDom): follows a redirect, records every page used in ParserOutput.templates,
 * and keeps the parsed tree for the rest of the parse.
 */
import type { Title } from '../core/title.ts';
import type { PageSource } from '../core/data-access.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import type { PPRoot } from './pp-node.ts';
import { NS_MEDIAWIKI } from '../core/namespace.ts';
import { messageText } from '../extensions/core/message-text.ts';

const redirectRegex = /^\s*#REDIRECT\s*:?\s*\[\[([^\]|\n]+)(?:\|[^\]]*)?\]\]/i;

/** The redirect target of a page, from its metadata or its text. */
export function redirectTargetOf(ctx: ParseContext, page: PageSource): Title | null {
  if (page.redirectTarget !== undefined) return page.redirectTarget;
  const m = redirectRegex.exec(page.text);
  return m ? ctx.env.titles.parse(m[1]) : null;
}

/** The text to transclude for `title` (following one redirect), or null when there is none. */
export function fetchTemplate(ctx: ParseContext, title: Title): { text: string | null; title: Title } {
  let current = title;
  let text: string | null = null;
  for (let i = 0; i < 2; i++) {
    const page = current.ns < 0 || current.isExternal ? null : ctx.env.data.getPage(current);
    ctx.output.addTemplate(current, page?.revisionId ?? 0);
    if (!page) {
      // A missing MediaWiki: page transcludes the built-in message.
      text = current.ns === NS_MEDIAWIKI ? messageText(ctx, current.text) : null;
      break;
    }
    text = page.text;
    const target = redirectTargetOf(ctx, page);
    if (!target || target.isExternal) break;
    current = target;
  }
  return { text, title: current };
}

/** The PP tree of a template (parsed for inclusion), cached for the parse. */
export function getTemplateDom(ctx: ParseContext, title: Title): { dom: PPRoot | null; title: Title } {
  const cache = ctx.preprocessor.templateCache as Map<string, { dom: PPRoot | null; title: Title }>;
  const key = title.prefixedDBKey;
  const cached = cache.get(key);
  if (cached) return cached;
  const { text, title: finalTitle } = fetchTemplate(ctx, title);
  const result = { dom: text === null ? null : ctx.preprocessor.toDom(text, true), title: finalTitle };
  cache.set(key, result);
  return result;
}
