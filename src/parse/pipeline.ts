/**
 * The order of the passes, in one place (MediaWiki's Parser::parse → internalParse →
 * doBlockLevels → unstrip → tidy). A pass is a named function from text to text over
 * one ParseContext; passes are added by name, in order.
 */
import type { ParseContext } from './parse-context.ts';

export interface Pass {
  name: string;
  run(text: string, ctx: ParseContext): string;
}

export const passes: Pass[] = [];
