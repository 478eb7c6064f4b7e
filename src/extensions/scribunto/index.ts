/**
 * Scribunto: Lua modules through {{#invoke:}}. The engine lives in src/lua; this declares the
 * parser function and gives the parse's VM back once the page is done.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { invokeHook } from '../../lua/invoke.ts';
import { ScribuntoSession } from '../../lua/scribunto-session.ts';

export const scribuntoExtension: ExtensionDefinition = {
  name: 'Scribunto',
  parserFunctions: {
    invoke: { hash: true, hook: invokeHook },
  },
  hooks: {
    afterTidy(html, ctx) {
      ScribuntoSession.existing(ctx)?.release();
      return html;
    },
  },
};
