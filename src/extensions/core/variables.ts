/**
 * The core magic variables, by name (MediaWiki's CoreMagicVariables).
 */
import type { VariableDefinition } from '../extension.ts';

export const coreVariables: Record<string, VariableDefinition> = {
  '!': { hook: () => '|' },
  '=': { hook: () => '=' },
};
