/**
 * {{#if:}}, {{#ifeq:}}, {{#iferror:}} and {{#ifexpr:}}: only the branch taken is expanded,
 * and its text is trimmed.
 */
import type { ParserFunctionHook } from '../extension.ts';
import type { Frame, PPNode } from '../../preprocess/frame.ts';
import { decodeCharReferences } from '../../core/html-entities.ts';
import { evaluateExpression } from './expr/expr-parser.ts';
import { ExprError } from './expr/expr-error.ts';
import { isNumericString, phpLooseEquals, phpTrim } from './php-string.ts';
import { exprErrorHtml } from './expr-functions.ts';

/** Expands and trims an optional argument ('' when absent). */
export function expandArg(frame: Frame, node: PPNode | undefined): string {
  return node === undefined ? '' : phpTrim(frame.expand(node));
}

/** Expanded, entity-decoded and trimmed, for string comparisons (decodeTrimExpand). */
export function decodeTrimExpand(frame: Frame, node: PPNode): { decoded: string; trimmed: string } {
  const expanded = frame.expand(node);
  return { decoded: phpTrim(decodeCharReferences(expanded)), trimmed: phpTrim(expanded) };
}

export const ifHook: ParserFunctionHook = (_ctx, frame, first, args) =>
  first !== '' ? expandArg(frame, args[0]) : expandArg(frame, args[1]);

export const ifeqHook: ParserFunctionHook = (_ctx, frame, first, args) => {
  const left = phpTrim(decodeCharReferences(first));
  const right = args[0] === undefined ? '' : decodeTrimExpand(frame, args[0]).decoded;
  return phpLooseEquals(left, right) ? expandArg(frame, args[1]) : expandArg(frame, args[2]);
};

const ERROR_CLASS = /<(?:strong|span|p|div)\s(?:[^\s>]*\s+)*?class="(?:[^"\s>]*\s+)*?error(?:\s[^">]*)?"/;

export const iferrorHook: ParserFunctionHook = (_ctx, frame, first, args) => {
  if (ERROR_CLASS.test(first)) return expandArg(frame, args[0]);
  if (args[1] === undefined) return first;
  return expandArg(frame, args[1]);
};

export const ifexprHook: ParserFunctionHook = (_ctx, frame, first, args) => {
  let result: string;
  try {
    result = evaluateExpression(first);
  } catch (e) {
    if (e instanceof ExprError) return exprErrorHtml(e);
    throw e;
  }
  const truthy = isNumericString(result) ? Number(result.trim()) !== 0 : result !== '' && result !== '0';
  return truthy ? expandArg(frame, args[0]) : expandArg(frame, args[1]);
};
