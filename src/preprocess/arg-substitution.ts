/**
 * `{{{name|default}}}` (MediaWiki's Parser::argSubstitution): the frame's argument, else the
 * default (the whole first part, `=` included), else the source text itself.
 */
import type { PPFrame } from './frame.ts';
import { phpTrim } from './frame.ts';
import type { PPChild, PPTplArg } from './pp-node.ts';
import { virtualBracketedImplode } from './expand.ts';
import type { SubstitutionResult } from './brace-substitution.ts';

export function argSubstitution(piece: PPTplArg, frame: PPFrame): SubstitutionResult {
  const pp = frame.ctx.preprocessor;
  const nameWithSpaces = frame.expand(piece.title);
  const argName = phpTrim(nameWithSpaces);
  let text = frame.getArgument(argName);
  let object: PPChild[] | undefined;
  const ot = pp.outputType;
  if (text === undefined && piece.parts.length > 0 && (ot === 'html' || ot === 'pre' || (ot === 'wiki' && frame.isTemplate()))) {
    object = [piece.parts[0]];
  }
  let error = '';
  if (!pp.incrementIncludeSize('arg', text ?? '')) {
    error = '<!-- WARNING: argument omitted, expansion size too large -->';
    pp.limitationWarn('post-expand-template-argument');
    text = '';
  }
  if (text === undefined && object === undefined) {
    object = virtualBracketedImplode('{{{', '|', '}}}', nameWithSpaces, piece.parts);
  }
  if (object !== undefined) return { object };
  return { text: (text ?? '') + error };
}
