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

/** Languages whose dotted i keeps its dot in capitals (LanguageTr, LanguageAz, LanguageCrh, LanguageKaa). */
const dottedI = new Set(['tr', 'az', 'crh', 'kaa']);

function languageUcfirst(language: string, s: string): string {
  return dottedI.has(language) && s.startsWith('i') ? 'İ' + s.slice(1) : ucfirst(s);
}

function languageLcfirst(language: string, s: string): string {
  return dottedI.has(language) && s.startsWith('I') ? 'ı' + s.slice(1) : lcfirst(s);
}

export const caseFunctions: Record<string, ParserFunctionDefinition> = {
  lc: plain((_ctx, [s]) => outsideMarkers(s, (t) => t.toLowerCase())),
  uc: plain((_ctx, [s]) => outsideMarkers(s, (t) => t.toUpperCase())),
  lcfirst: plain((ctx, [s]) => languageLcfirst(ctx.config.wgLanguageCode, s)),
  ucfirst: plain((ctx, [s]) => languageUcfirst(ctx.config.wgLanguageCode, s)),
};
