/**
 * The tree CategoryTree renders for a category (CategoryTree::getTag, renderNodeInfo,
 * renderChildren): the category as a node with a toggle, its members below it down to the
 * depth asked for, or a notice when the category page does not exist.
 */
import type { CategoryMemberKind } from '../../core/data-access.ts';
import { NS_CATEGORY } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import { expandAttributes, rawElement } from '../../render/html.ts';
import { makeKnownLink } from '../../render/linker.ts';
import { CategoryTreeMode, HidePrefix, type CategoryTreeOptions } from './options.ts';

/** $wgCategoryTreeMaxChildren */
const maxChildren = 200;

const emptyMessages: Record<number, string> = {
  [CategoryTreeMode.Categories]: 'no subcategories',
  [CategoryTreeMode.Pages]: 'no pages or subcategories',
  [CategoryTreeMode.Parents]: 'no parent categories',
};

/** CategoryTree::makeTitle: the name as a category, with or without its prefix. */
export function categoryTitle(ctx: ParseContext, name: string): Title | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const titles = ctx.env.titles;
  const t = titles.parse(trimmed, NS_CATEGORY);
  if (t && t.ns === NS_CATEGORY && !t.isExternal) return t;
  return titles.parse(`Category:${trimmed}`);
}

export class CategoryTree {
  constructor(private readonly ctx: ParseContext, private readonly options: CategoryTreeOptions) {}

  /** The `<div class="CategoryTreeTag">` for a category, or null for an unusable name. */
  tag(name: string, attrs: Map<string, string>, depth: number, hideRoot: boolean): string | null {
    const title = categoryTitle(this.ctx, name);
    if (!title) return null;
    const divAttrs = new Map(attrs);
    divAttrs.set('class', `${attrs.get('class') ?? ''} CategoryTreeTag`);
    divAttrs.set('data-ct-mode', String(this.options.mode));
    divAttrs.set('data-ct-options', JSON.stringify(this.options));
    let html: string;
    if (!this.ctx.env.data.pageExists(title)) {
      html = `<span class="CategoryTreeNotice">Category <i>${escapeHtml(name.trim())}</i> not found</span>`;
    } else {
      html = hideRoot ? this.children(title, depth) : this.node(title, depth, false);
    }
    return rawElement('div', Object.fromEntries(divAttrs), html);
  }

  private memberCount(title: Title): number {
    const counts = this.ctx.env.data.categoryCounts?.(title) ?? { pages: 0, subcats: 0, files: 0 };
    if (this.options.mode === CategoryTreeMode.Categories) return counts.subcats;
    if (this.options.mode === CategoryTreeMode.Pages) return counts.pages + counts.subcats;
    return counts.pages + counts.subcats + counts.files;
  }

  private hidesPrefix(title: Title): boolean {
    const hide = this.options.hideprefix;
    if (hide === HidePrefix.Always) return true;
    if (hide === HidePrefix.Auto) return this.options.mode === CategoryTreeMode.Categories;
    if (hide === HidePrefix.Categories) return title.ns === NS_CATEGORY;
    return false;
  }

  private node(title: Title, children: number, isRedirect: boolean): string {
    const label = this.hidesPrefix(title) ? title.text : title.prefixedText;
    const link = makeKnownLink(this.ctx.env, title, escapeHtml(label), { pageClasses: isRedirect ? 'mw-redirect' : '' });
    let bulletClass = 'CategoryTreeBullet';
    let bullet = '';
    if (title.ns === NS_CATEGORY) {
      if (this.memberCount(title) === 0) {
        bulletClass = 'CategoryTreeEmptyBullet';
      } else {
        const state = children === 0 ? { 'data-ct-state': 'collapsed' } : { 'data-ct-loaded': '1', 'data-ct-state': 'expanded' };
        bullet = `<span${expandAttributes({ class: 'CategoryTreeToggle', 'data-ct-title': title.dbKey, ...state })}></span> `;
      }
    } else {
      bulletClass = 'CategoryTreePageBullet';
    }
    let s = '<div class="CategoryTreeSection"><div class="CategoryTreeItem">';
    s += `<span class="${bulletClass}">${bullet}</span> ${link}</div>`;
    s += children > 0 ? '<div class="CategoryTreeChildren">' : '<div class="CategoryTreeChildren" style="display:none">';
    if (title.ns === NS_CATEGORY && children > 0) {
      let inner = this.children(title, children);
      if (inner === '') {
        const message = emptyMessages[this.options.mode] ?? 'nothing found';
        inner = `<i class="CategoryTreeNotice">${message}</i>`;
      }
      s += inner;
    }
    return `${s}</div></div>`;
  }

  private children(title: Title, depth: number): string {
    if (title.ns !== NS_CATEGORY) return '';
    const mode = this.options.mode;
    const types: CategoryMemberKind[] =
      mode === CategoryTreeMode.All ? ['file', 'page', 'subcat'] : mode === CategoryTreeMode.Pages ? ['page', 'subcat'] : ['subcat'];
    if (mode === CategoryTreeMode.Parents) return '';
    const members = this.ctx.env.data.categoryMembers?.(title, { types, limit: maxChildren + 1 }) ?? [];
    let categories = '';
    let other = '';
    for (const m of members) {
      const s = this.node(m.title, depth - 1, m.isRedirect);
      if (m.title.ns === NS_CATEGORY) categories += s;
      else other += s;
    }
    return categories + other;
  }
}
