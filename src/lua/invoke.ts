/**
 * {{#invoke:Module|function|args}} (Scribunto's invokeHook): the function name is the first
 * argument; the remaining arguments become the child frame's, renumbered from 1 unless the
 * function name itself was written as name=value. Errors render as script errors.
 */
import { NS_MODULE } from '../core/namespace.ts';
import type { ParserFunctionHook } from '../extensions/extension.ts';
import { phpTrim } from '../preprocess/frame.ts';
import type { PPPart } from '../preprocess/pp-node.ts';
import { ScribuntoSession } from './scribunto-session.ts';
import { renderScriptError } from './script-error.ts';
import { neutraliseStripMarkers } from './strip-markers.ts';

export const invokeHook: ParserFunctionHook = (ctx, frame, first, args) => {
  const parts = args as unknown as PPPart[];
  const session = ScribuntoSession.of(ctx);
  const moduleName = first;
  if (parts.length === 0) return renderScriptError(ctx, { kind: 'nofunction' });
  const functionPart = parts[0];
  const functionName = phpTrim(frame.expand(functionPart));
  const title = ctx.env.titles.makeTitle(NS_MODULE, moduleName);
  if (!title || !ctx.env.data.pageExists(title)) {
    if (title) ctx.output.addTemplate(title, 0);
    return renderScriptError(ctx, { kind: 'nosuchmodule', args: [moduleName] });
  }
  const offset = functionPart.name === null ? 1 : 0;
  const childArgs = parts.slice(1).map((p) => (p.name === null ? { ...p, index: p.index - offset } : p));
  const child = frame.newChild(childArgs, title);
  const result = session.invoke(title.prefixedText, functionName, child, frame);
  if (!result.ok) return renderScriptError(ctx, result.error);
  return neutraliseStripMarkers(ctx, result.text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
};
