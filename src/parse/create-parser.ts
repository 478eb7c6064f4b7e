/**
 * Builds a Parser for one wiki: its site settings, its data access, the default extensions.
 */
import type { DataAccess } from '../core/data-access.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { ExtensionRegistry, type ExtensionDefinition } from '../extensions/extension.ts';
import { defaultExtensions } from '../extensions/index.ts';
import { Parser } from './parser.ts';

export function createParser(config: SiteConfig, data: DataAccess, extensions: ExtensionDefinition[] = defaultExtensions): Parser {
  const registry = new ExtensionRegistry();
  for (const ext of extensions) registry.use(ext);
  return new Parser({ config, titles: new TitleParser(config), data, extensions: registry });
}
