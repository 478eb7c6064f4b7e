/**
 * One line of a <gallery>: "File name|option|option|caption" read as MediaWiki's
 * Parser::renderImageGallery reads it. The part after the first '|' is parsed as wikitext
 * first, then split on '|' (outside -{ }- language-converter markup); alt= and link= are
 * options, and the last other part is the caption.
 */
import { NS_FILE } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { matchImageWord, type OptionHelpers } from '../../render/image-options.ts';
import { optionHelpers } from '../../render/image.ts';
import { rawUrlDecode } from '../../parse/inline/link-text.ts';

export type ImageLinkTarget = NonNullable<ReturnType<OptionHelpers['parseLink']>>;

export interface GalleryEntry {
  title: Title;
  /** The caption, as half-parsed HTML. */
  label: string;
  /** Alt text, or null when neither alt= nor a caption was given. */
  alt: string | null;
  /** The caption as plain text, for the link's title attribute. */
  tooltip: string;
  link: ImageLinkTarget | null;
}

/** Splits on '|' outside (nested) -{ ... }- markup. */
export function splitOutsideConverterMarkup(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('-{', i)) {
      depth++;
      i++;
    } else if (depth > 0 && text.startsWith('}-', i)) {
      depth--;
      i++;
    } else if (depth === 0 && text[i] === '|') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Reads one line; null for lines that name no valid title (skipped, as MediaWiki does). */
export function readGalleryLine(ctx: ParseContext, line: string): GalleryEntry | null {
  const m = /^([^|]+)(\|([^]*))?$/.exec(line);
  if (!m) return null;
  const name = line.includes('%') ? rawUrlDecode(m[1]) : m[1];
  const title = ctx.env.titles.parse(name, NS_FILE);
  if (!title) return null;

  let label = '';
  let alt: string | null = null;
  let hasAlt = false;
  let link: ImageLinkTarget | null = null;
  const helpers = optionHelpers(ctx, {});
  if (m[3] !== undefined) {
    const parsed = ctx.recursiveTagParse(m[3].trim());
    for (const part of splitOutsideConverterMarkup(parsed)) {
      const word = matchImageWord(part);
      if (word?.name === 'alt') {
        hasAlt = true;
        alt = helpers.stripAltText(word.value || '');
      } else if (word?.name === 'link') {
        let value = helpers.stripAltText(word.value || '');
        const nc = /^-\{R\|([^]*)\}-$/.exec(value);
        if (nc) value = nc[1];
        link = helpers.parseLink(value) ?? link;
      } else {
        // Not an option of galleries (sizes and alignments included): the last one is the caption.
        label = part;
      }
    }
    if (!hasAlt && label !== '') alt = helpers.stripAltText(label);
  }
  return { title, label, alt, tooltip: helpers.stripAltText(label), link };
}
