/**
 * The <infobox> tag hook. The tag's content is read as XML, its items take their values
 * from the arguments of the template frame the tag sits in, and the HTML is returned behind
 * a nowiki strip marker. Errors render as PortableInfobox shows them.
 */
import type { TagHook, TagResult } from '../extension.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import { NS_TEMPLATE } from '../../core/namespace.ts';
import { InfoboxXmlError, parseXml, prepareXml } from './xml-markup.ts';
import { createInfoboxNode } from './nodes/node-factory.ts';
import { InfoboxRootNode } from './nodes/container-nodes.ts';
import { UnimplementedTagError } from './nodes/node.ts';
import { infoboxLook, UnsupportedAttributeError, validateParams } from './infobox-params.ts';
import { renderInfobox } from './render-infobox.ts';
import { markupDebugHtml, XML_PARSE_ERROR_INFO } from './markup-debug.ts';
import { frameValueParser } from './frame-value-parser.ts';
import { recordInfoboxItems } from '../page-data/infobox-items.ts';

export const infoboxTag: TagHook = (content, attrs, ctx, frame) => {
  const text = content ?? '';
  try {
    const root = parseXml(prepareXml(`<infobox>${text}</infobox>`));
    validateParams(attrs);
    const node = createInfoboxNode(root, frame.getArguments(), frameValueParser(ctx, frame));
    const items = node instanceof InfoboxRootNode ? node.items() : [];
    const look = infoboxLook(attrs, (name) => frame.getArgument(name));
    recordInfoboxItems(ctx.output, items, { template: frame.isTemplate() ? frame.title.prefixedText : '', type: attrs.type ?? '' });
    return nowiki(renderInfobox(items, look));
  } catch (e) {
    if (e instanceof UnimplementedTagError || e instanceof UnsupportedAttributeError) {
      ctx.output.addDiagnostic('portable-infobox', e.message);
      return nowiki(`<strong class="error"> ${escapeHtml(e.message)}</strong>`);
    }
    if (e instanceof InfoboxXmlError) {
      ctx.output.addDiagnostic('portable-infobox-xml-parse-error', XML_PARSE_ERROR_INFO);
      return nowiki(ctx.title.ns === NS_TEMPLATE ? markupDebugHtml(text, e.problems) : escapeHtml(XML_PARSE_ERROR_INFO));
    }
    throw e;
  }
};

function nowiki(text: string): TagResult {
  return { text, kind: 'nowiki' };
}
