/**
 * [[File:...]] rendering (Parser::makeImage). Minimal version: a link to the file page with
 * the caption or name as text, until full image rendering (thumbnails, frames, galleries) is
 * written here.
 */
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { makeBrokenLink, makeKnownLink } from './linker.ts';

/** HTML for an image link; `optionsText` is everything after the first '|'. */
export function makeImage(ctx: ParseContext, title: Title, optionsText: string): string {
  const parts = optionsText === '' ? [] : optionsText.split('|');
  const caption = parts.length > 0 ? parts[parts.length - 1] : '';
  const exists = ctx.env.data.getFile(title) !== null;
  ctx.output.images.add(title.dbKey);
  const html = caption === '' ? null : caption;
  return exists ? makeKnownLink(ctx.env, title, html) : makeBrokenLink(ctx.env, title, html);
}
