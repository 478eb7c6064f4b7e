/**
 * The value parser an infobox uses inside a page: wikitext is parsed in the template's frame
 * (recursiveTagParse), then paragraphs and lists are formed without a line start, strip
 * markers and link holders are replaced, and newlines and leftover {{{...}}} removed.
 * Results are cached per text, as a value may be asked for more than once.
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { doBlockLevels } from '../../parse/block/block-levels.ts';
import { NS_FILE } from '../../core/namespace.ts';
import { cleanParsedValue, type InfoboxValueParser } from './value-parser.ts';
import { galleryImagesIn } from '../gallery/gallery-registry.ts';
import { thumbUrl } from '../../render/image-url.ts';

/** The parser services the infobox needs from a ParseContext. */
interface ParserHost {
  recursiveTagParse(text: string, frame?: Frame): string;
  recursivePreprocess(text: string, frame?: Frame): string;
  unstripBoth(text: string): string;
  replaceLinkHolders(text: string): string;
}

function host(ctx: ParseContext): ParserHost {
  const c = ctx as unknown as Partial<ParserHost> & { strip?: { unstripBoth(t: string): string } };
  return {
    recursiveTagParse: (text, frame) => c.recursiveTagParse?.call(ctx, text, frame) ?? text,
    recursivePreprocess: (text, frame) => c.recursivePreprocess?.call(ctx, text, frame) ?? text,
    unstripBoth: (text) => (c.unstripBoth ? c.unstripBoth.call(ctx, text) : c.strip ? c.strip.unstripBoth(text) : text),
    replaceLinkHolders: (text) => c.replaceLinkHolders?.call(ctx, text) ?? text,
  };
}

export function frameValueParser(ctx: ParseContext, frame: Frame): InfoboxValueParser {
  const h = host(ctx);
  const cache = new Map<string, string>();
  return {
    parseRecursive(wikitext) {
      const cached = cache.get(wikitext);
      if (cached !== undefined) return cached;
      let parsed = h.recursiveTagParse(wikitext, frame);
      if (parsed.startsWith('*') || parsed.startsWith('#')) parsed = `\n${parsed}`;
      const html = h.replaceLinkHolders(h.unstripBoth(doBlockLevels(parsed, false)));
      const value = cleanParsedValue(html);
      cache.set(wikitext, value);
      return value;
    },
    replaceVariables: (wikitext) => h.recursivePreprocess(wikitext, frame),
    findFile(name) {
      const title = ctx.env.titles.parse(name, NS_FILE);
      if (!title || title.ns !== NS_FILE) return null;
      const info = ctx.env.data.getFile(title);
      if (!info) return null;
      ctx.output.images.add(title.dbKey);
      return { info, thumbUrl: (width: number) => thumbUrl(ctx.config, info, width) };
    },
    galleryImages: (value) => galleryImagesIn(ctx, h.unstripBoth, value),
  };
}
