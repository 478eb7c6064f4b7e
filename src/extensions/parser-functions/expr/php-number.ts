/**
 * PHP's numbers as the expression evaluator sees them: an int is a 64-bit integer (kept as a
 * bigint), a float is an IEEE double. Arithmetic follows PHP 8: int op int stays int unless
 * it overflows, anything with a float is a float; a float printed as a string uses
 * `precision = 14` ("1.0E+20", "0.33333333333333", "-0").
 */
export type PhpNumber = number | bigint;

const INT_MAX = (1n << 63n) - 1n;
const INT_MIN = -(1n << 63n);
const TWO_64 = 1n << 64n;

export function isInt(v: PhpNumber): v is bigint {
  return typeof v === 'bigint';
}

export function toFloat(v: PhpNumber): number {
  return typeof v === 'bigint' ? Number(v) : v;
}

/** PHP's `(bool)`: 0, 0.0 and -0.0 are false; NAN is true. */
export function truthy(v: PhpNumber): boolean {
  return typeof v === 'bigint' ? v !== 0n : v !== 0;
}

/** An int result, or a float when it leaves the 64-bit range (as PHP's overflow does). */
export function intOrFloat(v: bigint): PhpNumber {
  return v > INT_MAX || v < INT_MIN ? Number(v) : v;
}

/** PHP's `(int)` of a number: floats truncate; NAN and INF give 0; out of range wraps modulo 2^64. */
export function toInt(v: PhpNumber): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isFinite(v)) return 0n;
  let n = BigInt(Math.trunc(v));
  if (n > INT_MAX || n < INT_MIN) {
    n %= TWO_64;
    if (n > INT_MAX) n -= TWO_64;
    else if (n < INT_MIN) n += TWO_64;
  }
  return n;
}

export function add(a: PhpNumber, b: PhpNumber): PhpNumber {
  return isInt(a) && isInt(b) ? intOrFloat(a + b) : toFloat(a) + toFloat(b);
}

export function sub(a: PhpNumber, b: PhpNumber): PhpNumber {
  return isInt(a) && isInt(b) ? intOrFloat(a - b) : toFloat(a) - toFloat(b);
}

export function mul(a: PhpNumber, b: PhpNumber): PhpNumber {
  return isInt(a) && isInt(b) ? intOrFloat(a * b) : toFloat(a) * toFloat(b);
}

/** PHP's `/` (the divisor is known to be non-zero): an exact int quotient stays int. */
export function div(a: PhpNumber, b: PhpNumber): PhpNumber {
  if (isInt(a) && isInt(b) && b !== 0n && a % b === 0n) return intOrFloat(a / b);
  return toFloat(a) / toFloat(b);
}

export function neg(a: PhpNumber): PhpNumber {
  return isInt(a) ? intOrFloat(-a) : -a;
}

export function abs(a: PhpNumber): PhpNumber {
  return isInt(a) ? intOrFloat(a < 0n ? -a : a) : Math.abs(a);
}

/** PHP's pow(): int base and non-negative int exponent give an int unless it overflows. */
export function pow(a: PhpNumber, b: PhpNumber): PhpNumber {
  if (isInt(a) && isInt(b) && b >= 0n) {
    let result = 1n;
    let base = a;
    let e = b;
    while (e > 0n) {
      if (e & 1n) {
        result *= base;
        if (result > INT_MAX || result < INT_MIN) return cPow(Number(a), Number(b));
      }
      e >>= 1n;
      if (e > 0n) {
        base *= base;
        if (base > INT_MAX || base < INT_MIN) return cPow(Number(a), Number(b));
      }
    }
    return result;
  }
  return cPow(toFloat(a), toFloat(b));
}

/** C's pow(): unlike Math.pow, pow(1, y) is 1 for any y and pow(-1, ±INF) is 1. */
export function cPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  return Math.pow(x, y);
}

/** PHP 8's comparison of two numbers: -1, 0, 1, or NaN when unordered. */
export function compare(a: PhpNumber, b: PhpNumber): number {
  if (isInt(a) && isInt(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = toFloat(a);
  const y = toFloat(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** PHP's string conversion of a number. */
export function phpNumberToString(v: PhpNumber): string {
  return typeof v === 'bigint' ? v.toString() : phpFloatToString(v);
}

/**
 * A float as PHP prints it with `precision = 14`: the shortest form of the value rounded to
 * 14 significant digits (ties to even), in exponent notation when the exponent is below -4
 * or at least 15.
 */
export function phpFloatToString(v: number, precision = 14): string {
  if (Number.isNaN(v)) return 'NAN';
  if (v === Infinity) return 'INF';
  if (v === -Infinity) return '-INF';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return `${sign}0`;
  const { digits, decpt } = roundDigits(Math.abs(v), precision);
  if (decpt < 0 ? decpt < -3 : decpt > precision) {
    const exp = decpt - 1;
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : `${digits}.0`;
    return `${sign}${mantissa}E${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (digits.length <= decpt) return sign + digits + '0'.repeat(decpt - digits.length);
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/**
 * The significant digits of |v| rounded to `precision` digits, trailing zeros removed, and the
 * position of the decimal point (as C's dtoa mode 2: value = 0.DIGITS × 10^decpt).
 */
function roundDigits(v: number, precision: number): { digits: string; decpt: number } {
  let [mant, expPart] = v.toPrecision(precision).split('e');
  let exp = expPart === undefined ? 0 : Number(expPart);
  let digits = mant.replace('.', '');
  if (expPart === undefined) {
    // Fixed notation from toPrecision: find where the point sits.
    const dot = mant.indexOf('.');
    const intLen = dot < 0 ? mant.length : dot;
    if (mant.startsWith('0.')) {
      const frac = mant.slice(2);
      const lead = frac.length - frac.replace(/^0+/, '').length;
      digits = frac.slice(lead);
      exp = -lead - 1;
    } else {
      exp = intLen - 1;
    }
  }
  const tie = evenTie(v, precision);
  // dtoa leaves trailing zeros in place when it rounds a tie down to even.
  return tie === null ? { digits: digits.replace(/0+$/, ''), decpt: exp + 1 } : { digits: tie, decpt: exp + 1 };
}

/**
 * toPrecision rounds exact ties away from zero; dtoa rounds them to even. A tie needs the
 * exact binary value to end in 5 right after the kept digits, which a longer expansion shows.
 * Returns the kept digits when the tie rounds down, else null. (A carry into a new power of
 * ten needs all nines, an odd digit, so the exponent never changes here.)
 */
function evenTie(v: number, precision: number): string | null {
  const long = v.toPrecision(Math.min(100, precision + 25)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
  if (!/^50*$/.test(long.slice(precision))) return null;
  const kept = long.slice(0, precision);
  return Number(kept[kept.length - 1]) % 2 === 1 ? null : kept;
}
