/**
 * The Poem extension: the `<poem>` tag.
 */
import type { ExtensionDefinition } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { renderPoem, type PoemParser } from './render-poem.ts';

interface ParserServices {
  insertStripItem?(html: string): string;
  recursiveTagParse?(text: string, frame?: Frame): string;
}

function poemParser(ctx: ParseContext, frame: Frame): PoemParser {
  const services = ctx as unknown as ParserServices;
  return {
    insertStripItem: (html) => services.insertStripItem?.call(ctx, html) ?? html,
    recursiveTagParse: (text) => services.recursiveTagParse?.call(ctx, text, frame) ?? text,
  };
}

export const poemExtension: ExtensionDefinition = {
  name: 'Poem',
  tags: {
    poem: (content, attrs, ctx, frame) => renderPoem(content, attrs, poemParser(ctx, frame)),
  },
};
