/**
 * The core parser functions, by primary name (MediaWiki's CoreParserFunctions).
 */
import type { ParserFunctionDefinition } from '../extension.ts';

export const coreFunctions: Record<string, ParserFunctionDefinition> = {};
