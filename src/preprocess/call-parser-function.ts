/**
 * Parser-function dispatch (MediaWiki's Parser::callParserFunction): `{{#name:first|...}}`
 * and `{{name:first|...}}` go to the registered hook in SFH_OBJECT_ARGS style — the first
 * argument expanded and trimmed, the others as unexpanded part nodes.
 */
import { LimitExceededError } from '../core/limits.ts';
import { escapeHtml } from '../core/html-entities.ts';
import type { ParserFunctionResult } from '../extensions/extension.ts';
import type { PPFrame } from './frame.ts';
import type { PPPart, PPRoot } from './pp-node.ts';

export interface FunctionCallResult {
  found: boolean;
  text?: string;
  /** Wikitext parsed to a tree, to expand in a child frame. */
  dom?: PPRoot;
  nowiki?: boolean;
  isHTML?: boolean;
}

export function callParserFunction(frame: PPFrame, name: string, first: string, args: PPPart[]): FunctionCallResult {
  const ctx = frame.ctx;
  const def = ctx.env.extensions.getFunction(name);
  if (!def) return { found: false };
  let result: ParserFunctionResult;
  try {
    result = def.hook(ctx, frame, first, args);
  } catch (err) {
    if (err instanceof LimitExceededError) throw err;
    ctx.output.addDiagnostic('parser-function-error', `{{${name}:}}: ${(err as Error).message}`);
    return { found: true, text: `<strong class="error">Error in {{${escapeHtml(name)}}}: ${escapeHtml((err as Error).message)}</strong>` };
  }
  if (typeof result === 'string') return { found: true, text: result };
  if (result.found === false) return { found: false };
  const out: FunctionCallResult = { found: true, text: result.text, nowiki: result.nowiki, isHTML: result.isHTML };
  if (result.noparse === false || result.isChildObj) {
    out.dom = ctx.preprocessor.toDom(result.text, false);
  }
  return out;
}
