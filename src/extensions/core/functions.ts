/**
 * The core parser functions, by primary name (MediaWiki's CoreParserFunctions).
 */
import type { ParserFunctionDefinition } from '../extension.ts';
import { caseFunctions } from './case-functions.ts';
import { formatFunctions } from './format-functions.ts';
import { formatDateFunction } from './format-date.ts';
import { namespaceFunctions } from './namespace-functions.ts';
import { pageFunctions } from './page-functions.ts';
import { pageNameFunctions } from './page-names.ts';
import { siteFunctions } from './site-variables.ts';
import { tagFunction } from './tag-function.ts';
import { urlFunctions } from './url-functions.ts';

export const coreFunctions: Record<string, ParserFunctionDefinition> = {
  ...caseFunctions,
  ...urlFunctions,
  ...namespaceFunctions,
  ...formatFunctions,
  ...formatDateFunction,
  ...pageFunctions,
  ...pageNameFunctions,
  ...siteFunctions,
  ...tagFunction,
};
