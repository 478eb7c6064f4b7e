/**
 * Errors of the expression evaluator, with ParserFunctions' English messages
 * (pfunc_expr_*). The text is shown HTML-escaped inside `<strong class="error">`.
 */
const messages = {
  stack_exhausted: 'Expression error: Stack exhausted.',
  unexpected_number: 'Expression error: Unexpected number.',
  preg_match_failure: 'Expression error: Unexpected preg_match failure.',
  unrecognised_word: 'Expression error: Unrecognized word "$1".',
  unexpected_operator: 'Expression error: Unexpected $1 operator.',
  missing_operand: 'Expression error: Missing operand for $1.',
  unexpected_closing_bracket: 'Expression error: Unexpected closing bracket.',
  unrecognised_punctuation: 'Expression error: Unrecognized punctuation character "$1".',
  unclosed_bracket: 'Expression error: Unclosed bracket.',
  division_by_zero: 'Division by zero.',
  invalid_argument: 'Invalid argument for $1: < -1 or > 1.',
  invalid_argument_ln: 'Invalid argument for ln: <= 0.',
  unknown_error: 'Expression error: Unknown error ($1).',
  not_a_number: 'In $1: Result is not a number.',
} as const;

export type ExprErrorCode = keyof typeof messages;

export class ExprError extends Error {
  constructor(
    readonly code: ExprErrorCode,
    readonly parameter = '',
  ) {
    super(messages[code].replace('$1', parameter));
  }
}
