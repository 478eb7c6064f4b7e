/**
 * Spoiler control by story progress (docs/spoilers.md): `<spoiler after="Part 2">…</spoiler>`,
 * `{{#spoiler:Part 2|…}}`, and section spoilers (`<spoiler after="Part 3"/>` after a heading).
 * The parser output is the same for every reader; the reader's progress, chosen in the page
 * header, hides what lies beyond it (src/server/static/spoilers.js).
 */
import type { ExtensionDefinition } from '../extension.ts';
import { renderSpoiler } from './render-spoiler.ts';
import { wrapSpoilerSections } from './spoiler-sections.ts';

const USED = 'spoilers-used';

export const spoilersExtension: ExtensionDefinition = {
  name: 'Spoilers',
  tags: {
    spoiler: (content, attrs, ctx, frame) => {
      ctx.state.set(USED, true);
      const expanded = content === null ? null : ctx.replaceVariables(content, frame);
      return renderSpoiler(ctx, attrs.after, expanded);
    },
  },
  parserFunctions: {
    spoiler: {
      hash: true,
      hook: (ctx, frame, first, args) => {
        ctx.state.set(USED, true);
        const text = args.length ? frame.expand(args[0]).trim() : '';
        const out = renderSpoiler(ctx, first, text === '' ? null : text);
        return out.kind === 'html' ? { text: out.text, isHTML: true } : { text: out.text, noparse: true };
      },
    },
  },
  hooks: {
    afterTidy: (html, ctx) => (ctx.state.get(USED) ? wrapSpoilerSections(html) : html),
  },
};
