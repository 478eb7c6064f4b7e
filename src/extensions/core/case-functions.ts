/**
 * {{lc:}}, {{uc:}}, {{lcfirst:}}, {{ucfirst:}} (MediaWiki's CoreParserFunctions), applied
 * around strip markers so protected text is left alone.
 */
import { lcfirst, ucfirst } from '../../core/title.ts';
import type { ParserFunctionDefinition } from '../extension.ts';
import { plain } from './plain-function.ts';

const markerRegex = /(\x7f'"`UNIQ-.*?-QINU`"'\x7f)/;

/** Applies `fn` to the text between strip markers (StringUtils::replaceMarkers). */
export function outsideMarkers(text: string, fn: (s: string) => string): string {
  return text
    .split(markerRegex)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

export const caseFunctions: Record<string, ParserFunctionDefinition> = {
  lc: plain((_ctx, [s]) => outsideMarkers(s, (t) => t.toLowerCase())),
  uc: plain((_ctx, [s]) => outsideMarkers(s, (t) => t.toUpperCase())),
  lcfirst: plain((_ctx, [s]) => lcfirst(s)),
  ucfirst: plain((_ctx, [s]) => ucfirst(s)),
};
