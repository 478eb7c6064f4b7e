/**
 * Relative subpage targets (MediaWiki's Linker::normalizeSubpageLink): `/Sub` and `../Sibling`
 * resolved against the context page, in namespaces that have subpages.
 */
import type { ParseContext } from '../parse/parse-context.ts';

export interface SubpageTarget {
  target: string;
  /** The link text MediaWiki would show for a link without text, when the form implies one. */
  text?: string;
}

export function resolveSubpageLink(ctx: ParseContext, rawTarget: string): SubpageTarget {
  const context = ctx.title;
  if (!ctx.env.titles.namespaces.hasSubpages(context.ns)) return { target: rawTarget };
  let target = rawTarget;
  let suffix = '';
  const hash = target.indexOf('#');
  if (hash >= 0) {
    suffix = target.slice(hash);
    target = target.slice(0, hash);
  }
  target = target.trim();
  const prefixed = context.prefixedText;
  if (target.startsWith('/')) {
    const trailing = /\/+$/.exec(target);
    const noslash = trailing ? target.slice(1, -trailing[0].length) : target.slice(1);
    if (trailing) target = noslash;
    return { target: `${prefixed}/${noslash.trim()}${suffix}`, text: target + suffix };
  }
  let dotdot = 0;
  let rest = target;
  while (rest.startsWith('../')) {
    dotdot++;
    rest = rest.slice(3);
  }
  if (dotdot === 0) return { target: rawTarget };
  const parts = prefixed.split('/');
  if (parts.length <= dotdot) return { target: rawTarget };
  let ret = parts.slice(0, -dotdot).join('/');
  let text: string | undefined;
  if (rest.endsWith('/')) {
    rest = rest.replace(/\/+$/, '');
    text = rest + suffix;
  }
  rest = rest.trim();
  if (rest !== '') ret += `/${rest}`;
  return { target: ret + suffix, text };
}

/** Just the resolved target. */
export function normalizeSubpageLink(ctx: ParseContext, target: string): string {
  return resolveSubpageLink(ctx, target).target;
}
