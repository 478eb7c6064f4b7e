/**
 * The order of the passes, in one place, as MediaWiki's legacy parser runs them:
 * internalParse (preprocess → ... → finalizeHeadings), then internalParseHalfParsed
 * (unstrip → afterParse → block levels → link holders → unstrip → tidy).
 * A pass is a named function from text to text over one ParseContext.
 */
import type { ParseContext } from './parse-context.ts';
import { preprocess } from '../preprocess/preprocess-pass.ts';
import { removeHtmlTags } from '../sanitize/remove-html-tags.ts';
import { normalizeCharReferences } from '../sanitize/normalize-char-references.ts';
import { tables } from './block/table.ts';
import { horizontalRule } from './block/horizontal-rule.ts';
import { behaviorSwitches } from './behavior-switches.ts';
import { headings } from './block/heading.ts';
import { internalLinks } from './inline/internal-link.ts';
import { quotes } from './inline/quotes.ts';
import { externalLinks } from './inline/external-link.ts';
import { magicLinks } from './inline/magic-link.ts';
import { formatHeadings } from './block/format-headings.ts';
import { blockLevels } from './block/block-levels.ts';
import { linkHolders } from './inline/link-holders.ts';
import { unstripGeneral, unstripNoWiki, afterParseHooks, beforeTidyHooks, afterTidyHooks } from './strip-passes.ts';
import { tidy } from '../transform/tidy.ts';
import { languageConvert, pageTitleText } from '../language/convert-pass.ts';

export interface Pass {
  name: string;
  run(text: string, ctx: ParseContext): string;
}

/** MediaWiki's internalParse: from wikitext to half-parsed HTML with strip markers. */
export const internalParsePasses: Pass[] = [
  preprocess,
  removeHtmlTags,
  tables,
  horizontalRule,
  behaviorSwitches,
  headings,
  internalLinks,
  quotes,
  externalLinks,
  magicLinks,
  formatHeadings,
];

/** MediaWiki's internalParseHalfParsed: from half-parsed text to the final HTML. */
export const finishPasses: Pass[] = [
  unstripGeneral,
  afterParseHooks,
  blockLevels,
  linkHolders,
  languageConvert,
  unstripNoWiki,
  beforeTidyHooks,
  unstripGeneral,
  normalizeCharReferences,
  tidy,
  afterTidyHooks,
  pageTitleText,
];

export const passes: Pass[] = [...internalParsePasses, ...finishPasses];

/** Runs a list of passes in order. */
export function runPasses(list: Pass[], text: string, ctx: ParseContext): string {
  let out = text;
  for (const pass of list) out = pass.run(out, ctx);
  return out;
}
