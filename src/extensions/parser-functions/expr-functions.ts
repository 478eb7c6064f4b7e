/** {{#expr:}}: evaluates an expression; errors show as `<strong class="error">`. */
import type { ParserFunctionHook } from '../extension.ts';
import { escapeHtml } from '../../core/html-entities.ts';
import { evaluateExpression } from './expr/expr-parser.ts';
import { ExprError } from './expr/expr-error.ts';

export function exprErrorHtml(e: ExprError): string {
  return `<strong class="error">${escapeHtml(e.message).replace(/'/g, '&#039;')}</strong>`;
}

/** The expression's result, or its error as HTML. */
export function expr(text: string): string {
  try {
    return evaluateExpression(text);
  } catch (e) {
    if (e instanceof ExprError) return exprErrorHtml(e);
    throw e;
  }
}

export const exprHook: ParserFunctionHook = (_ctx, _frame, first) => expr(first);
