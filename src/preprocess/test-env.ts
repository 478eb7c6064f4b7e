/**
 * A small wiki for preprocessor tests: an in-memory DataAccess with pages, the core
 * extension, and a ParseContext without the later passes.
 */
import { MemoryDataAccess } from '../core/data-access.ts';
import { defaultSiteConfig, type SiteConfig } from '../core/site-config.ts';
import { TitleParser } from '../core/title.ts';
import { ExtensionRegistry, type ExtensionDefinition } from '../extensions/extension.ts';
import { coreExtension } from '../extensions/core/index.ts';
import { ParseContext } from '../parse/parse-context.ts';
import type { ParserOptions } from '../parse/parser-options.ts';

export interface TestWiki {
  titles: TitleParser;
  data: MemoryDataAccess;
  extensions: ExtensionRegistry;
  config: SiteConfig;
  /** A fresh parse context for `title` (default "Test page"). */
  context(options?: Partial<ParserOptions>): ParseContext;
  /** Expands `text` on a fresh context and unstrips the markers. */
  expand(text: string, options?: Partial<ParserOptions>): string;
}

export function testWiki(pages: Record<string, string> = {}, extra: ExtensionDefinition[] = [], config: SiteConfig = defaultSiteConfig): TestWiki {
  const titles = new TitleParser(config);
  const data = new MemoryDataAccess();
  let rev = 100;
  for (const [name, text] of Object.entries(pages)) {
    data.addPage({ title: titles.parseOrThrow(name), text, revisionId: rev++, timestamp: '2020-01-01T00:00:00Z', model: 'wikitext' });
  }
  const extensions = new ExtensionRegistry().use(coreExtension);
  for (const ext of extra) extensions.use(ext);
  const env = { config, titles, data, extensions };
  const wiki: TestWiki = {
    titles,
    data,
    extensions,
    config,
    context: (options = {}) => new ParseContext(env, { title: titles.parseOrThrow('Test page'), now: new Date(Date.UTC(2021, 2, 4, 5, 6, 7)), ...options }),
    expand: (text, options) => {
      const ctx = wiki.context(options);
      return ctx.stripState.unstripBoth(ctx.replaceVariables(text));
    },
  };
  return wiki;
}
