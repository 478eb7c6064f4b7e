/**
 * Strip-marker and extension-stage passes between the main passes: unstripping protected
 * text and running the extensions' stage hooks (afterParse, beforeTidy, afterTidy).
 */
import type { Pass } from './pipeline.ts';

export const unstripGeneral: Pass = { name: 'unstripGeneral', run: (text, ctx) => ctx.stripState.unstripGeneral(text) };
export const unstripNoWiki: Pass = { name: 'unstripNoWiki', run: (text, ctx) => ctx.stripState.unstripNoWiki(text) };
export const afterParseHooks: Pass = { name: 'afterParseHooks', run: (text, ctx) => ctx.env.extensions.runStage('afterParse', text, ctx) };
export const beforeTidyHooks: Pass = { name: 'beforeTidyHooks', run: (text, ctx) => ctx.env.extensions.runStage('beforeTidy', text, ctx) };
export const afterTidyHooks: Pass = { name: 'afterTidyHooks', run: (text, ctx) => ctx.env.extensions.runStage('afterTidy', text, ctx) };
