/**
 * The CategoryTree extension: `<categorytree>` and `{{#categorytree:}}` show a category
 * and its members as a tree (the expanding itself is done by the page's scripts).
 */
import type { ExtensionDefinition } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { validateTagAttributes } from '../../sanitize/tag-attributes.ts';
import { CategoryTree } from './category-tree.ts';
import { capDepth, decodeBoolean, decodeOptions } from './options.ts';

/** Hooks::parserHook: the tree for `name` with the tag's (or function's) arguments. */
export function categoryTreeHtml(ctx: ParseContext, name: string, argv: Record<string, string | boolean>): string | null {
  const options = decodeOptions(argv);
  const stringAttrs = Object.entries(argv).filter((e): e is [string, string] => typeof e[1] === 'string');
  const attrs = validateTagAttributes(new Map(stringAttrs), 'div');
  const hideRoot = argv.hideroot !== undefined && decodeBoolean(argv.hideroot);
  const onlyRoot = argv.onlyroot !== undefined && decodeBoolean(argv.onlyroot);
  const depth = onlyRoot ? 0 : capDepth(options.mode, argv.depth);
  return new CategoryTree(ctx, options).tag(name, attrs, depth, hideRoot);
}

/** `key=value` arguments of {{#categorytree:}}; a bare word is a true flag. */
export function functionArguments(params: string[]): Record<string, string | boolean> {
  const argv: Record<string, string | boolean> = {};
  for (const p of params) {
    const m = /^\s*(\S.*?)\s*=\s*(.*?)\s*$/s.exec(p);
    if (m) argv[m[1]] = m[2].replace(/^"\s*(.*?)\s*"$/s, '$1');
    else argv[p.trim()] = true;
  }
  return argv;
}

export const categoryTreeExtension: ExtensionDefinition = {
  name: 'CategoryTree',
  tags: {
    categorytree: (content, attrs, ctx) => categoryTreeHtml(ctx, content ?? '', attrs) ?? '',
  },
  parserFunctions: {
    categorytree: {
      hash: true,
      hook: (ctx, frame, first, args) => {
        const params = args.map((a) => frame.expand(a).trim());
        const html = categoryTreeHtml(ctx, first, functionArguments(params));
        return { text: html ?? '', isHTML: true, noparse: true };
      },
    },
  },
};
