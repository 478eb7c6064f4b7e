/**
 * The TabberNeue extension: the `<tabber>` tag. Each tabber adds the tracking category
 * "Pages using Tabber parser tag".
 */
import type { ExtensionDefinition } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { renderTabber } from './render-tabber.ts';

const COUNT_KEY = 'tabber-count';
const TRACKING_CATEGORY = 'Pages_using_Tabber_parser_tag';

interface ParserServices {
  recursiveTagParse?(text: string, frame?: Frame): string;
}

export const tabberExtension: ExtensionDefinition = {
  name: 'TabberNeue',
  tags: {
    tabber: (content, attrs, ctx, frame) => {
      if (content === null) return '';
      const index = (ctx.output.extensionData.get(COUNT_KEY) as number | undefined) ?? 0;
      ctx.output.extensionData.set(COUNT_KEY, index + 1);
      const services = ctx as unknown as ParserServices;
      const html = renderTabber(content, attrs, index, {
        recursiveTagParse: (text) => services.recursiveTagParse?.call(ctx, text, frame) ?? text,
        fragmentMode: ctx.config.wgFragmentMode?.[0] ?? 'html5',
      });
      addTrackingCategory(ctx);
      return html;
    },
  },
};

function addTrackingCategory(ctx: ParseContext): void {
  ctx.output.addCategory(TRACKING_CATEGORY, '');
  ctx.output.trackingCategories.add(TRACKING_CATEGORY);
}
