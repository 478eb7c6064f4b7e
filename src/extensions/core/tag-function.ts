/**
 * {{#tag:name|content|attr=value}} (MediaWiki's CoreParserFunctions::tagObj): calls an
 * extension tag with expanded content and attributes, as if written `<name ...>`; a tag
 * that is not an extension tag is written out as an ordinary tag.
 */
import { escapeHtml } from '../../core/html-entities.ts';
import { phpTrim, STRIP_COMMENTS, type PPFrame } from '../../preprocess/frame.ts';
import { extensionSubstitution } from '../../preprocess/extension-substitution.ts';
import { splitArg } from '../../preprocess/pp-node.ts';
import type { ParserFunctionDefinition } from '../extension.ts';

export const tagFunction: Record<string, ParserFunctionDefinition> = {
  tag: {
    hash: true,
    hook: (ctx, frame, first, args) => {
      const tagName = first.toLowerCase();
      const [contentNode, ...attrNodes] = args;
      const inner = contentNode === undefined ? null : frame.expand(contentNode);
      let attr = '';
      for (const node of attrNodes) {
        const bits = splitArg(node);
        if (bits.name === null) continue;
        const name = phpTrim(frame.expand(bits.name, STRIP_COMMENTS));
        let value = phpTrim(frame.expand(bits.value));
        const m = /^(?:["']([\s\S]+)["']|""|'')$/.exec(value);
        if (m) value = m[1] ?? '';
        attr += ` ${escapeHtml(name)}="${escapeHtml(value)}"`;
      }
      if (!ctx.preprocessor.tagNames().includes(tagName)) {
        return inner === null ? `<${tagName}${attr}/>` : `<${tagName}${attr}>${inner}</${tagName}>`;
      }
      return extensionSubstitution(
        { type: 'ext', name: tagName, attr, inner, close: inner === null ? null : `</${tagName}>` },
        frame as PPFrame,
      );
    },
  },
};
