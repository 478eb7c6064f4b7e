/**
 * Strip markers in a module's output: markers the parse made (passed in through arguments
 * or frame:preprocess) stay; a marker the module forged — one the strip state does not
 * hold — is removed, so Lua cannot inject or replay protected HTML it was not given.
 */
import type { ParseContext } from '../parse/parse-context.ts';
import { MARKER_PREFIX } from '../preprocess/strip-state.ts';

const markerRegex = /\x7f'"`UNIQ-[^\x7f]*?-QINU`"'\x7f/g;

export function neutraliseStripMarkers(ctx: ParseContext, text: string): string {
  if (!text.includes(MARKER_PREFIX)) return text;
  return text.replace(markerRegex, (marker) => (ctx.stripState.unstripBoth(marker) !== marker ? marker : ''));
}
