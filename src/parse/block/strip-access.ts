/**
 * Access to the parse's strip state from block passes (attribute text may hold markers).
 */
import type { ParseContext } from '../parse-context.ts';

interface Unstripper {
  unstripBoth(text: string): string;
}

export function unstripBoth(ctx: ParseContext | undefined, text: string): string {
  const strip = (ctx as unknown as { stripState?: Unstripper } | undefined)?.stripState;
  return strip ? strip.unstripBoth(text) : text;
}

interface LinkHolderText {
  replaceText(text: string): string;
}

/** Link placeholders replaced by their link text (Parser::replaceLinkHoldersText). */
export function replaceLinkHoldersText(ctx: ParseContext | undefined, text: string): string {
  const holders = (ctx as unknown as { linkHolders?: LinkHolderText } | undefined)?.linkHolders;
  return holders && typeof holders.replaceText === 'function' ? holders.replaceText(text) : text;
}
