/**
 * The Cite extension: `<ref>` and `<references>`, and the reference list added at the end of
 * a page whose refs got no `<references />`.
 */
import { escapeHtmlQuotes } from '../../core/html-entities.ts';
import type { ExtensionDefinition, TagHook } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { Cite } from './cite.ts';
import { contextHost } from './host.ts';

const STATE_KEY = 'cite';

/** The page's Cite state, created on first use. */
export function citeFor(ctx: ParseContext): Cite {
  return ctx.getState(STATE_KEY, () => new Cite(contextHost(ctx), () => ctx.output.properties.set('ref-extends', '')));
}

const ref: TagHook = (content, attrs, ctx) => {
  const html = citeFor(ctx).ref(content, attrs);
  return html ?? escapeHtmlQuotes(`<ref>${content ?? ''}</ref>`);
};

const references: TagHook = (content, attrs, ctx) => {
  const html = citeFor(ctx).references(content, attrs);
  return html ?? escapeHtmlQuotes(content === null ? '<references/>' : `<references>${content}</references>`);
};

export const citeExtension: ExtensionDefinition = {
  name: 'Cite',
  tags: { ref, references },
  hooks: {
    afterParse(text, ctx) {
      if (!ctx.isMain) return text;
      const cite = ctx.state.get(STATE_KEY) as Cite | undefined;
      return cite ? text + cite.checkRefsNoReferences() : text;
    },
  },
};
