/**
 * The value parser an infobox uses inside a page: wikitext is parsed in the template's frame
 * (recursiveTagParse), then paragraphs and lists are formed without a line start, strip
 * markers and link holders are replaced, the HTML is balanced (tidy without p-wrapping), and
 * newlines and leftover {{{...}}} removed.
 * Results are cached per text, as a value may be asked for more than once.
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { replaceLinkHolders } from '../../parse/inline/link-holders.ts';
import { doBlockLevels } from '../../parse/block/block-levels.ts';
import { NS_FILE } from '../../core/namespace.ts';
import { cleanParsedValue, type InfoboxValueParser } from './value-parser.ts';
import { galleryImagesIn } from '../gallery/gallery-registry.ts';
import { thumbUrl } from '../../render/image-url.ts';
import { tidyHtml } from '../../transform/tidy.ts';

export function frameValueParser(ctx: ParseContext, frame: Frame): InfoboxValueParser {
  const cache = new Map<string, string>();
  return {
    parseRecursive(wikitext) {
      const cached = cache.get(wikitext);
      if (cached !== undefined) return cached;
      let parsed = ctx.recursiveTagParse(wikitext, frame);
      if (parsed.startsWith('*') || parsed.startsWith('#')) parsed = `\n${parsed}`;
      const html = replaceLinkHolders(ctx.stripState.unstripBoth(doBlockLevels(parsed, false)), ctx);
      // Each value is balanced on its own (PortableInfobox's $wgPortableInfoboxUseTidy), without paragraphs.
      const value = cleanParsedValue(tidyHtml(html, { pwrap: false }));
      cache.set(wikitext, value);
      return value;
    },
    replaceVariables: (wikitext) => ctx.replaceVariables(wikitext, frame),
    findFile(name) {
      const title = ctx.env.titles.parse(name, NS_FILE);
      if (!title || title.ns !== NS_FILE) return null;
      const info = ctx.env.data.getFile(title);
      if (!info) return null;
      ctx.output.images.add(title.dbKey);
      return { info, thumbUrl: (width: number) => thumbUrl(ctx.config, info, width) };
    },
    galleryImages: (value) => galleryImagesIn(ctx, (text) => ctx.stripState.unstripBoth(text), value),
  };
}
