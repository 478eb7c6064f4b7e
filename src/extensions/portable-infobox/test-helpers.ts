/**
 * A value parser for tests: {{{name}}} and {{{name|default}}} are replaced from the
 * arguments, nothing else is parsed.
 */
import { cleanParsedValue, type InfoboxValueParser } from './value-parser.ts';
import { parseXml, prepareXml } from './xml-markup.ts';
import { createInfoboxNode } from './nodes/node-factory.ts';
import { InfoboxRootNode } from './nodes/container-nodes.ts';
import { infoboxLook } from './infobox-params.ts';
import { renderInfobox } from './render-infobox.ts';

export function argumentParser(args: Map<string, string>): InfoboxValueParser {
  const expand = (text: string) =>
    text.replace(/\{\{\{([^{}|]*)(?:\|([^{}]*))?\}\}\}/g, (whole, name: string, def?: string) => args.get(name.trim()) ?? def ?? whole);
  return {
    parseRecursive: (text) => cleanParsedValue(expand(text)),
    replaceVariables: expand,
    findFile: () => null,
    galleryImages: () => [],
  };
}

/** Renders infobox markup (the tag's content) with these attributes and arguments. */
export function renderMarkup(markup: string, args: Record<string, string> = {}, attrs: Record<string, string> = {}): string {
  const argMap = new Map(Object.entries(args));
  const root = createInfoboxNode(parseXml(prepareXml(`<infobox>${markup}</infobox>`)), argMap, argumentParser(argMap));
  const items = root instanceof InfoboxRootNode ? root.items() : [];
  return renderInfobox(items, infoboxLook(attrs, (name) => argMap.get(name)));
}
