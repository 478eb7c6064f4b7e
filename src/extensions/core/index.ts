/**
 * MediaWiki core's tags, parser functions and magic variables, declared through the same
 * extension API as any other extension.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { nowiki } from './nowiki.ts';
import { pre } from './pre.ts';
import { html } from './html.ts';
import { indicator } from './indicator.ts';
import { langconvert } from '../../language/langconvert-tag.ts';
import { coreFunctions } from './functions.ts';
import { coreVariables } from './variables.ts';

export const coreExtension: ExtensionDefinition = {
  name: 'core',
  tags: { nowiki, pre, html, langconvert, indicator },
  parserFunctions: coreFunctions,
  variables: coreVariables,
};
