/**
 * The core magic variables, by name (MediaWiki's CoreMagicVariables).
 */
import type { VariableDefinition } from '../extension.ts';
import { clockVariables } from './clock.ts';
import { pageNameVariables } from './page-names.ts';
import { siteVariables } from './site-variables.ts';

export const coreVariables: Record<string, VariableDefinition> = {
  '!': { hook: () => '|' },
  '=': { hook: () => '=' },
  ...pageNameVariables,
  ...clockVariables,
  ...siteVariables,
};
