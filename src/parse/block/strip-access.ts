/**
 * What the block passes need from the rest of the parse: strip-marker expansion (attribute
 * text and heading text may hold markers) and link placeholders' text (for TOC lines).
 */
import type { ParseContext } from '../parse-context.ts';
import { replaceLinkHoldersText as holdersText } from '../inline/link-holders.ts';

export function unstripBoth(ctx: ParseContext | undefined, text: string): string {
  return ctx ? ctx.stripState.unstripBoth(text) : text;
}

/** Link placeholders replaced by their link text (Parser::replaceLinkHoldersText). */
export function replaceLinkHoldersText(ctx: ParseContext | undefined, text: string): string {
  return ctx ? holdersText(text, ctx) : text;
}
