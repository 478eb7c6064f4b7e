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
