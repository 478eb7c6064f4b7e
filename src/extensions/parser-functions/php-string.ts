/**
 * PHP's string semantics that parser functions rely on: trim()'s character set and the
 * loose `==` of PHP 8 between two strings (numeric strings compare as numbers).
 */

/** PHP's trim(): spaces, tabs, newlines, carriage returns, NUL and vertical tabs only. */
export function phpTrim(s: string): string {
  return s.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}

const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
const INTEGER = /^[ \t\n\r\v\f]*[+-]?\d+[ \t\n\r\v\f]*$/;

/** PHP 8's is_numeric() for strings (leading and trailing white space allowed). */
export function isNumericString(s: string): boolean {
  return NUMERIC.test(s);
}

/** PHP 8's `$a == $b` for two strings. */
export function phpLooseEquals(a: string, b: string): boolean {
  if (a === b) return true;
  if (!isNumericString(a) || !isNumericString(b)) return false;
  if (INTEGER.test(a) && INTEGER.test(b)) {
    const x = BigInt(a.trim());
    const y = BigInt(b.trim());
    const max = (1n << 63n) - 1n;
    const min = -(1n << 63n);
    const overflows = (v: bigint) => v > max || v < min;
    // Integers beyond 64 bits compare as floats, and as strings when the floats are equal.
    if (!overflows(x) && !overflows(y)) return x === y;
    if (Number(a) === Number(b)) return overflows(x) && overflows(y) ? false : true;
    return false;
  }
  const x = Number(a.trim());
  const y = Number(b.trim());
  // Overflowing to infinity on both sides falls back to the (unequal) strings.
  return Number.isFinite(x) && x === y;
}

/** A message's escaped form: htmlspecialchars with ENT_QUOTES, entities not double-encoded. */
export function escapeMessage(text: string): string {
  return text
    .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#[xX][0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}
