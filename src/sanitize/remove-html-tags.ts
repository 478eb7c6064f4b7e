/**
 * Judges literal HTML tags: allowed tags keep cleaned attributes, others become text
 * (Sanitizer::internalRemoveHtmlTags). Comments left by the preprocessor are removed first.
 */
import type { Pass } from '../parse/pipeline.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { allowedTags, singleOnlyTags, singleTags } from './tags.ts';
import { decodeTagAttributes, sanitizeTagAttributes } from './tag-attributes.ts';

const elementBits = /^(\/?)([A-Za-z][^\t\n\x0b\f\r />\0]*)([^>]*?)(\/?>)([^<]*)$/s;

/**
 * Removes `<!-- -->` comments; a comment alone between two newlines takes one newline and
 * the spaces around it with it.
 */
export function removeHtmlComments(input: string): string {
  let text = input;
  let start: number;
  let from = 0;
  while ((start = text.indexOf('<!--', from)) >= 0) {
    let end = text.indexOf('-->', start + 4);
    if (end < 0) break;
    end += 3;
    let spaceStart = Math.max(start - 1, 0);
    let spaceLen = end - spaceStart;
    while (text[spaceStart] === ' ' && spaceStart > 0) {
      spaceStart--;
      spaceLen++;
    }
    while (text[spaceStart + spaceLen] === ' ') spaceLen++;
    if (text[spaceStart] === '\n' && text[spaceStart + spaceLen] === '\n') {
      text = text.slice(0, spaceStart) + '\n' + text.slice(spaceStart + spaceLen + 1);
      from = spaceStart;
    } else {
      text = text.slice(0, start) + text.slice(end);
      from = start;
    }
  }
  return text;
}

/** meta and link are only allowed as microdata, with the attributes that make them so. */
function validateTag(params: string, element: string): boolean {
  if (element !== 'meta' && element !== 'link') return true;
  const attrs = decodeTagAttributes(params);
  if (!attrs.has('itemprop')) return false;
  if (element === 'meta' && !attrs.has('content')) return false;
  if (element === 'link' && !attrs.has('href')) return false;
  return true;
}

/**
 * Escapes every `<` that does not open an allowed tag and rewrites allowed tags with clean
 * attributes. `expandAttributes`, when given, is applied to attribute text before it is
 * judged (the parser unstrips markers there).
 */
export function internalRemoveHtmlTags(
  input: string,
  expandAttributes?: (params: string) => string,
  /** Tags escaped here although allowed elsewhere ({{DISPLAYTITLE}}'s block-level tags). */
  removeTags?: ReadonlySet<string>,
): string {
  const bits = removeHtmlComments(input).split('<');
  let text = bits[0].replace(/>/g, '&gt;');
  for (let i = 1; i < bits.length; i++) {
    const x = bits[i];
    const regs = elementBits.exec(x);
    if (regs) {
      const [, slash, name, rawParams, rawBrace, rest] = regs;
      const t = name.toLowerCase();
      if (allowedTags.has(t) && !removeTags?.has(t)) {
        const params = expandAttributes ? expandAttributes(rawParams) : rawParams;
        let brace = rawBrace;
        if (brace === '/>' && !singleTags.has(t) && !singleOnlyTags.has(t)) brace = '>';
        if (validateTag(params, t)) {
          const newParams = sanitizeTagAttributes(t, params);
          if (brace === '/>' && !singleOnlyTags.has(t)) brace = `></${t}>`;
          text += `<${slash}${t}${newParams}${brace}${rest.replace(/>/g, '&gt;')}`;
          continue;
        }
      }
    }
    text += '&lt;' + x.replace(/>/g, '&gt;');
  }
  return text;
}

export const removeHtmlTags: Pass = {
  name: 'removeHtmlTags',
  run: (text: string, ctx: ParseContext) => internalRemoveHtmlTags(text, (p) => ctx.stripState.unstripBoth(p)),
};
