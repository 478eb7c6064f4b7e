/**
 * `<langconvert from="zh-Hans" to="zh-Hant">text</langconvert>` (MediaWiki's
 * CoreTagHooks::langconvert): the parsed content converted to another variant of the same
 * language; both codes must be BCP 47 codes of that language's variants.
 */
import type { TagHook } from '../extensions/extension.ts';
import { createLanguageConverter } from './converter-factory.ts';
import { bcp47 } from './variant-code.ts';

const invalidAttrs =
  "<span class=\"error\"><strong>Error:</strong> Langconvert tag's <code>from</code> and <code>to</code> attributes must not be empty and must contain BCP 47 codes for convertible variants of the same language.</span>";

export const langconvert: TagHook = (content, attrs, ctx, frame) => {
  if (attrs.from !== undefined && attrs.to !== undefined) {
    const from = attrs.from.trim();
    const to = attrs.to.trim();
    const base = from.split('-')[0];
    if (base && base === to.split('-')[0]) {
      const converter = createLanguageConverter(base, undefined, { usePigLatinVariant: ctx.env.config.wgUsePigLatinVariant });
      const isBcp47 = (code: string) => code.toLowerCase() === bcp47(code).toLowerCase();
      if (converter && isBcp47(from) && isBcp47(to)) {
        const variant = converter.validateVariant(to);
        if (variant) return converter.autoConvert(ctx.recursiveTagParse(content ?? '', frame), variant);
      }
    }
  }
  return invalidAttrs;
};
