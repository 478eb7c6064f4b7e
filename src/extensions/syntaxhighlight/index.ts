/**
 * The SyntaxHighlight extension: `<syntaxhighlight>` and the deprecated `<source>`.
 */
import type { ExtensionDefinition, TagHook } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { renderSyntaxHighlight } from './render-syntaxhighlight.ts';

/** Tracking categories by message key. */
const CATEGORY_NAMES: Record<string, string> = {
  'syntaxhighlight-source-category': 'Pages_using_deprecated_source_tags',
  'syntaxhighlight-enclose-category': 'Pages_using_deprecated_enclose_attributes',
  'syntaxhighlight-error-category': 'Pages_with_syntax_highlighting_errors',
};

interface ParserServices {
  stripState?: { unstripNoWiki(text: string): string };
}

function addTrackingCategory(ctx: ParseContext, key: string): void {
  const name = CATEGORY_NAMES[key];
  ctx.output.addCategory(name, '');
  ctx.output.trackingCategories.add(name);
}

const syntaxhighlight: TagHook = (content, attrs, ctx) => {
  const services = ctx as unknown as ParserServices;
  const text = services.stripState ? services.stripState.unstripNoWiki(content ?? '') : (content ?? '');
  const { html, categories } = renderSyntaxHighlight(text, attrs);
  for (const key of categories) addTrackingCategory(ctx, key);
  return html;
};

export const syntaxHighlightExtension: ExtensionDefinition = {
  name: 'SyntaxHighlight',
  tags: {
    syntaxhighlight: syntaxhighlight,
    source: (content, attrs, ctx, frame) => {
      addTrackingCategory(ctx, 'syntaxhighlight-source-category');
      return syntaxhighlight(content, attrs, ctx, frame);
    },
  },
};
