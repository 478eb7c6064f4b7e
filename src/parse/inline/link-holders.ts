/**
 * Link placeholders (MediaWiki's LinkHolderArray): the link pass leaves `<!--LINK'" ns:id-->`
 * and `<!--IWLINK'" id-->` in the text; once block levels are done, this pass looks up which
 * pages exist, in one batch, and puts blue, red and interwiki links in their place.
 */
import type { Title } from '../../core/title.ts';
import type { ParseContext } from '../parse-context.ts';
import type { Pass } from '../pipeline.ts';
import { linkText, makeBrokenLink, makeKnownLink, makeSelfLink, splitTrail } from '../../render/linker.ts';
import { findVariantLink } from '../../language/variant-link.ts';
import { isKnownSpecialPage } from './special-pages.ts';

interface Holder {
  title: Title;
  /** Inner HTML of the link ('' for the default text). */
  text: string;
  interwiki: boolean;
  /** A variant of the page's own title. */
  selfLink?: boolean;
}

export class LinkHolderArray {
  private readonly holders = new Map<number, Holder>();
  private nextId = 0;

  /** `languageCode`: the content language, whose link trail applies. */
  constructor(private readonly languageCode = 'en') {}

  /** A placeholder for a link whose colour is decided later, followed by the trail. */
  makeHolder(title: Title, text = '', trail = '', prefix = ''): string {
    const [inside, rest] = splitTrail(trail, this.languageCode);
    const id = this.nextId++;
    const interwiki = title.isExternal;
    this.holders.set(id, { title, text: prefix + text + inside, interwiki });
    return (interwiki ? `<!--IWLINK'" ${id}-->` : `<!--LINK'" ${title.ns}:${id}-->`) + rest;
  }

  get size(): number {
    return this.holders.size;
  }

  /** Replaces every placeholder in `text` with its link. */
  replace(text: string, ctx: ParseContext): string {
    if (this.holders.size === 0 || !text.includes('<!--')) return text;
    const colours = this.lookUpColours(text, ctx);
    // A page links the same target with the same text many times: each distinct local link
    // is rendered once and reused (the HTML depends only on the title, the text and the colour).
    const rendered = new Map<string, string>();
    return text.replace(/<!--(LINK|IWLINK)'" (-?[\d+:]+)-->/g, (whole, kind: string, key: string) => {
      const id = Number(kind === 'LINK' ? key.slice(key.indexOf(':') + 1) : key);
      const holder = this.holders.get(id);
      if (!holder) return whole;
      const colour = colours.get(holder.title.prefixedDBKey) ?? 'new';
      if (holder.interwiki || holder.selfLink) return this.render(holder, colour, ctx);
      const { title } = holder;
      const memoKey = `${colour}\u0001${title.ns}\u0001${title.nsName}\u0001${title.dbKey}\u0001${title.fragment}\u0001${title.interwiki}\u0001${holder.text}`;
      let html = rendered.get(memoKey);
      if (html === undefined) {
        html = this.render(holder, colour, ctx);
        rendered.set(memoKey, html);
      }
      return html;
    });
  }

  /** Link text with placeholders replaced by their plain text (for alt text and the like). */
  replaceText(text: string): string {
    return text.replace(/<!--(LINK|IWLINK)'" (-?[\d+:]+)-->/g, (whole, kind: string, key: string) => {
      const id = Number(kind === 'LINK' ? key.slice(key.indexOf(':') + 1) : key);
      const holder = this.holders.get(id);
      return holder ? (holder.text || holder.title.prefixedText) : whole;
    });
  }

  /** Page classes for each title used in `text`: '' or 'mw-redirect' for known, 'new' for missing. */
  private lookUpColours(text: string, ctx: ParseContext): Map<string, string> {
    const colours = new Map<string, string>();
    const data = ctx.env.data;
    for (const m of text.matchAll(/<!--LINK'" (-?\d+):(\d+)-->/g)) {
      const holder = this.holders.get(Number(m[2]));
      if (!holder) continue;
      this.resolveVariant(holder, ctx);
      if (holder.selfLink) continue;
      const { title } = holder;
      const key = title.prefixedDBKey;
      if (colours.has(key)) continue;
      let colour: string;
      if (title.ns === -1) colour = isKnownSpecialPage(title.dbKey) ? '' : 'new';
      else if (title.ns === 6 && data.getFile(title)) colour = '';
      else if (data.pageExists(title)) colour = data.isRedirect?.(title) ? 'mw-redirect' : '';
      else colour = 'new';
      colours.set(key, colour);
      if (title.ns >= 0 && title.dbKey !== '') ctx.output.addLink(title);
    }
    return colours;
  }

  /** A link to a missing page written in another variant goes to the page that exists. */
  private resolveVariant(holder: Holder, ctx: ParseContext): void {
    const { title } = holder;
    if (holder.interwiki || holder.selfLink || title.ns < 0) return;
    const data = ctx.env.data;
    if ((title.ns === 6 && data.getFile(title)) || data.pageExists(title)) return;
    const found = findVariantLink(ctx, title);
    if (!found) return;
    if (found.selfLink) {
      holder.selfLink = true;
      return;
    }
    if (holder.text === '') holder.text = linkText(title);
    holder.title = found.title;
  }

  private render(holder: Holder, colour: string, ctx: ParseContext): string {
    if (holder.selfLink) return makeSelfLink(holder.title, holder.text);
    const html = holder.text === '' ? null : holder.text;
    if (holder.interwiki) {
      ctx.output.interwikiLinks.add(holder.title.prefixedText.replace(/ /g, '_'));
      return makeKnownLink(ctx.env, holder.title, html);
    }
    if (colour === 'new') return makeBrokenLink(ctx.env, holder.title, html);
    return makeKnownLink(ctx.env, holder.title, html, { pageClasses: colour });
  }
}

/** The link holders of one parse. */
export function linkHolderArray(ctx: ParseContext): LinkHolderArray {
  return ctx.getState('linkHolders', () => new LinkHolderArray(ctx.config.wgLanguageCode));
}

/** Replaces link placeholders in `text` with finished links (Parser::replaceLinkHolders). */
export function replaceLinkHolders(text: string, ctx: ParseContext): string {
  return linkHolderArray(ctx).replace(text, ctx);
}

/** Replaces link placeholders with their text only (LinkHolderArray::replaceText). */
export function replaceLinkHoldersText(text: string, ctx: ParseContext): string {
  return linkHolderArray(ctx).replaceText(text);
}

export const linkHolders: Pass = {
  name: 'linkHolders',
  run: (text, ctx) => replaceLinkHolders(text, ctx),
};
