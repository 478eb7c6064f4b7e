/**
 * PHP value semantics the infobox markup relies on: what counts as "empty", how a float is
 * printed, and how Handlebars escapes a value for an attribute.
 */

/** PHP's empty(): null, '', '0', false, 0 and empty arrays are empty. */
export function phpEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '' || value === '0') return true;
  return Array.isArray(value) && value.length === 0;
}

/** A Handlebars {{#if}} test: null, false, 0, '' and empty arrays are false ('0' is true). */
export function hbTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** A float printed as PHP does with precision=14 (33.333333333333, 66.666666666667, 50). */
export function phpFloatToString(n: number): string {
  if (Number.isInteger(n)) return String(n);
  let s = n.toPrecision(14);
  if (s.includes('e')) return s;
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** Handlebars' {{value}} escaping (LightnCandy's encq). */
export function hbEscape(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(/[&<>"'`=]/g, (c) => hbEntities[c]);
}

const hbEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** {{{value}}}: the value as is. */
export function hbRaw(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  return String(value);
}
