/**
 * The Cite extension: `<ref>` and `<references>`, and the reference list added at the end of
 * a page whose refs got no `<references />`.
 */
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
  return html ?? escapeHtml(`<ref>${content ?? ''}</ref>`);
};

const references: TagHook = (content, attrs, ctx) => {
  const html = citeFor(ctx).references(content, attrs);
  return html ?? escapeHtml(content === null ? '<references/>' : `<references>${content}</references>`);
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');
}

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
