/**
 * Interface message text as MediaWiki's message cache gives it: a MediaWiki: page when the
 * wiki has one, else the built-in English text.
 */
import { NS_MEDIAWIKI } from '../../core/namespace.ts';
import { lcfirst, ucfirst } from '../../core/title.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { messages } from './messages.ts';

/** The text of message `key` (any first-letter case, spaces or underscores), or null. */
export function messageText(ctx: ParseContext, key: string): string | null {
  const title = ctx.env.titles.makeTitle(NS_MEDIAWIKI, ucfirst(key));
  if (title) {
    const page = ctx.env.data.getPage(title);
    if (page) return page.text;
  }
  const lookup = lcfirst(key).replace(/ /g, '_');
  return messages[lookup] ?? messages[lookup.toLowerCase()] ?? null;
}
