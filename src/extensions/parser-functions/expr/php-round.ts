/**
 * PHP's round($value, $places) (half away from zero), with its "pre-rounding": the value is
 * first rounded to the 15 significant digits a double holds, so round(1.955, 2) is 1.96 as
 * a person expects although 1.955 is stored as 1.95499999...
 */
import { isInt, type PhpNumber } from './php-number.ts';

const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;

function intPow10(power: number): number {
  if (power < 0 || power > 22) return Math.pow(10, power);
  return [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22][power];
}

/** Rounds half away from zero to an integer. */
function roundHelper(value: number): number {
  return value >= 0 ? Math.floor(value + 0.5) : Math.ceil(value - 0.5);
}

function roundDouble(value: number, places: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const precisionPlaces = 14 - Math.floor(Math.log10(Math.abs(value)));
  const f1 = intPow10(Math.abs(places));
  let tmp: number;
  if (precisionPlaces > places && precisionPlaces - 15 < places) {
    const f2 = intPow10(Math.abs(precisionPlaces));
    tmp = precisionPlaces >= 0 ? value * f2 : value / f2;
    tmp = roundHelper(tmp);
    // Now move the decimal point to its place (places < precisionPlaces).
    tmp = tmp / intPow10(Math.abs(places - precisionPlaces));
  } else {
    tmp = places >= 0 ? value * f1 : value / f1;
    // Beyond a double's precision, rounding is pointless.
    if (Math.abs(tmp) >= 1e15) return value;
  }
  tmp = roundHelper(tmp);
  if (Math.abs(places) < 23) {
    tmp = places > 0 ? tmp / f1 : tmp * f1;
  } else {
    const viaString = Number(`${tmp.toFixed(6)}e${-places}`);
    tmp = Number.isFinite(viaString) ? viaString : value;
  }
  return tmp;
}

/** PHP 8's round(): always a float; an int with places >= 0 is returned as is. */
export function phpRound(value: PhpNumber, places: bigint): number {
  const p = places > BigInt(INT32_MAX) ? INT32_MAX : places < BigInt(INT32_MIN) ? INT32_MIN : Number(places);
  if (isInt(value)) {
    if (p >= 0) return Number(value);
    return roundDouble(Number(value), p);
  }
  return roundDouble(value, p);
}
