/**
 * CategoryTree's options as the `<categorytree>` tag and `{{#categorytree:}}` give them:
 * mode, hideprefix, showcount, namespaces, notranslations, decoded to the values that also
 * go into the tree's `data-ct-options` (in this order).
 */
export const enum CategoryTreeMode {
  Categories = 0,
  Pages = 10,
  All = 20,
  Parents = 100,
}

export const enum HidePrefix {
  Never = 0,
  Always = 10,
  Categories = 20,
  Auto = 30,
}

export interface CategoryTreeOptions {
  mode: number;
  hideprefix: number;
  showcount: boolean;
  namespaces: number[] | false;
  notranslations: boolean;
}

/** CategoryTree::decodeBoolean */
export function decodeBoolean(value: string | boolean | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  const v = value.trim().toLowerCase();
  if (/^\d+$/.test(v)) return Number(v) > 0;
  return v === 'yes' || v === 'y' || v === 'true' || v === 't' || v === 'on';
}

function decodeMode(value: string | boolean | undefined): number {
  if (value === undefined || typeof value === 'boolean') return CategoryTreeMode.Categories;
  const v = value.trim().toLowerCase();
  if (/^[+-]?\d+(\.\d+)?$/.test(v)) return Math.trunc(Number(v));
  if (v === 'all') return CategoryTreeMode.All;
  if (v === 'pages') return CategoryTreeMode.Pages;
  if (v === 'parents' || v === 'super' || v === 'inverse') return CategoryTreeMode.Parents;
  return CategoryTreeMode.Categories;
}

function decodeHidePrefix(value: string | boolean | undefined): number {
  if (value === undefined) return HidePrefix.Categories;
  if (typeof value === 'boolean') return value ? HidePrefix.Always : HidePrefix.Never;
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'y' || v === 'true' || v === 't' || v === 'on') return HidePrefix.Always;
  if (v === 'no' || v === 'n' || v === 'false' || v === 'f' || v === 'off') return HidePrefix.Never;
  if (v === 'always') return HidePrefix.Always;
  if (v === 'never') return HidePrefix.Never;
  if (v === 'auto') return HidePrefix.Auto;
  if (v === 'categories' || v === 'category' || v === 'smart') return HidePrefix.Categories;
  if (/^\d+$/.test(v)) return Number(v);
  return HidePrefix.Categories;
}

export function decodeOptions(argv: Record<string, string | boolean>): CategoryTreeOptions {
  return {
    mode: decodeMode(argv.mode),
    hideprefix: decodeHidePrefix(argv.hideprefix),
    showcount: decodeBoolean(argv.showcount),
    namespaces: false,
    notranslations: decodeBoolean(argv.notranslations),
  };
}

/** The deepest tree a mode may show ($wgCategoryTreeMaxDepth; CategoryTree::capDepth). */
export function capDepth(mode: number, depth: string | boolean | undefined): number {
  if (typeof depth !== 'string' || !/^\s*[+-]?\d+(\.\d+)?\s*$/.test(depth)) return 1;
  const max = mode === CategoryTreeMode.Categories ? 2 : 1;
  return Math.min(Math.trunc(Number(depth)), max);
}
