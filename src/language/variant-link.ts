/**
 * Links to pages written in another variant (MediaWiki's LinkHolderArray::doVariants and
 * LanguageConverter::findVariantLink): a link to a missing page goes to the page whose title
 * is the link's title converted to some variant, if that page exists; a variant of the
 * current page's own title (without a fragment) is a self-link.
 */
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import { targetLanguageConverter } from './convert-pass.ts';

export type VariantLink = { selfLink: true } | { selfLink: false; title: Title };

/** The title converted to each variant (without its fragment), where it differs. */
function variantTitles(ctx: ParseContext, title: Title): Title[] {
  if (title.isExternal || title.ns < 0) return [];
  const converter = targetLanguageConverter(ctx);
  if (!converter) return [];
  const titles: Title[] = [];
  for (const text of converter.autoConvertToAllVariants(title.text).values()) {
    if (text === title.text) continue;
    const variantTitle = ctx.env.titles.makeTitle(title.ns, text);
    if (variantTitle) titles.push(variantTitle);
  }
  return titles;
}

/** Where a link to the missing page `title` goes instead, if anywhere. */
export function findVariantLink(ctx: ParseContext, title: Title): VariantLink | null {
  const titles = variantTitles(ctx, title);
  if (!title.fragment && titles.some((t) => t.equals(ctx.title))) return { selfLink: true };
  const existing = titles.find((t) => ctx.env.data.pageExists(t));
  return existing ? { selfLink: false, title: existing } : null;
}

/** For a missing page `title`, an existing page whose title is a variant of it (for transclusion). */
export function findVariantTitle(ctx: ParseContext, title: Title): Title | null {
  if (!targetLanguageConverter(ctx) || ctx.env.data.pageExists(title)) return null;
  return variantTitles(ctx, title).find((t) => ctx.env.data.pageExists(t)) ?? null;
}
